package org.esip.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.identity.api.Account;

@Entity
@Table(name = "ACCOUNT")
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Column(name = "ROLE_CODE", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    @Column(name = "ORGANISATION_ID")
    private Long organisationId;

    @Column(name = "EXPERT_ID")
    private Long expertId;

    /** The staff record a staff account belongs to (clause 6.2.1). */
    @Column(name = "STAFF_ID")
    private Long staffId;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "FAILED_SIGN_INS", nullable = false)
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    private Instant passwordChangedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(String username, String displayName, String passwordHash, Set<Role> roles, Long enterpriseId,
            Long organisationId, Long expertId, Long staffId, Instant now) {
        this.staffId = staffId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enterpriseId = enterpriseId;
        this.organisationId = organisationId;
        this.expertId = expertId;
        this.enabled = true;
        this.createdAt = now;
        // Truncated to the token's resolution (seconds), so a token issued in the same second stays valid.
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    void password(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    void failedSignIn(int max, Instant lockUntil) {
        failedSignIns++;
        if (failedSignIns >= max) {
            lockedUntil = lockUntil;
            failedSignIns = 0;
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    Actor toActor() {
        return new Actor(username, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enterpriseId, organisationId,
                expertId);
    }

    Account toDto() {
        return new Account(id, username, displayName, roles, enterpriseId, organisationId, expertId, enabled, createdAt,
                passwordChangedAt, version, staffId);
    }
}
