package org.esip.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;
import org.esip.core.internal.Pages;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.core.internal.seam.Existence;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountRegistration;
import org.esip.identity.api.AccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = AccountService.class, configurationPid = IdentityConfig.PID)
@Designate(ocd = IdentityConfig.class)
public class AccountServiceImpl implements AccountService {
    static final String ENTITY = "account";
    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);

    private final Jpa jpa;
    private final AuditRecord audit;
    private final SignedInAccounts signedIn;
    private volatile PasswordHasher hasher;
    private volatile int maxFailed;
    private volatile Duration lock;
    private final Clock clock = Clock.systemUTC();
    private volatile SignInThrottle throttle;

    @Activate
    public AccountServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit, @Reference SignedInAccounts signedIn,
            IdentityConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.signedIn = signedIn;
        modified(config);
    }

    /** Sign-in rules change without withdrawing the account service (and the REST API with it). */
    @Modified
    void modified(IdentityConfig config) {
        this.hasher = new PasswordHasher(config.passwordIterations());
        this.maxFailed = config.maxFailedSignIns();
        this.lock = Duration.ofMinutes(config.lockMinutes());
        this.throttle = new SignInThrottle(maxFailed, lock);
    }

    @Override
    public Account create(Actor actor, AccountRegistration registration) {
        AccountRegistration r = AccountRules.normalize(registration);
        String hash = hasher.hash(r.password());
        try {
            return jpa.inTransaction(em -> {
                if (findEntity(em, r.username()).isPresent()) {
                    throw taken(r.username());
                }
                Violations unknown = new Violations();
                if (r.enterpriseId() != null && !Existence.exists(em, Existence.Of.ENTERPRISE, r.enterpriseId())) {
                    unknown.add("enterpriseId", "account.enterprise-unknown", r.enterpriseId());
                }
                if (r.organisationId() != null && !Existence.exists(em, Existence.Of.ORGANISATION, r.organisationId())) {
                    unknown.add("organisationId", "account.organisation-unknown", r.organisationId());
                }
                if (r.expertId() != null && !Existence.exists(em, Existence.Of.EXPERT, r.expertId())) {
                    unknown.add("expertId", "account.expert-unknown", r.expertId());
                }
                if (r.staffId() != null && !Existence.exists(em, Existence.Of.STAFF, r.staffId())) {
                    unknown.add("staffId", "account.staff-unknown", r.staffId());
                }
                unknown.throwIfAny();
                AccountEntity a = new AccountEntity(r.username(), r.displayName(), hash, r.roles(), r.enterpriseId(),
                        r.organisationId(), r.expertId(), r.staffId(), Instant.now(clock));
                em.persist(a);
                em.flush();
                audit.record(em, actor, "create", ENTITY, a.id(), new Changes().field("username", null, r.username())
                        .field("roles", null, r.roles()).field("enterpriseId", null, r.enterpriseId())
                        .field("organisationId", null, r.organisationId()).field("expertId", null, r.expertId())
                        .field("staffId", null, r.staffId()).secret("password", null, "set"));
                return a.toDto();
            });
        } catch (PersistenceException e) {
            if (Jpa.isUniqueViolation(e)) {
                throw taken(r.username());
            }
            throw e;
        }
    }

    private static ConflictException taken(String username) {
        return new ConflictException("account.username-taken", "username", Messages.zh("account.username-taken", username),
                Messages.en("account.username-taken", username));
    }

    @Override
    public Account get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(AccountEntity.class, id))).map(AccountEntity::toDto)
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(Object id) {
        return new NotFoundException("account.not-found", Messages.zh("account.not-found", id),
                Messages.en("account.not-found", id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        String u = AccountRules.normalizeUsername(username);
        return jpa.read(em -> findEntity(em, u).map(AccountEntity::toDto));
    }

    static Optional<AccountEntity> findEntity(EntityManager em, String username) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :u", AccountEntity.class)
                .setParameter("u", username).getResultList().stream().findFirst();
    }

    @Override
    public Page<Account> list(String text, Role role, PageRequest pageRequest) {
        PageRequest p = Pages.validate(pageRequest);
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (pattern != null) {
            where.append(" AND (a.username LIKE :p OR LOWER(a.displayName) LIKE :p)");
        }
        if (role != null) {
            where.append(" AND :role MEMBER OF a.roles");
        }
        return jpa.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a" + where, Long.class);
            TypedQuery<AccountEntity> q = em.createQuery("SELECT a FROM AccountEntity a" + where + " ORDER BY a.username",
                    AccountEntity.class);
            for (TypedQuery<?> t : List.of(count, q)) {
                if (pattern != null) {
                    t.setParameter("p", pattern);
                }
                if (role != null) {
                    t.setParameter("role", role);
                }
            }
            List<Account> items = q.setFirstResult((int) p.offset()).setMaxResults(p.size()).getResultList().stream()
                    .map(AccountEntity::toDto).toList();
            return new Page<>(items, p.page(), p.size(), count.getSingleResult());
        });
    }

    @Override
    public void changePassword(String username, String currentPassword, String newPassword) {
        Actor self = authenticate(username, currentPassword);
        Violations v = new Violations();
        AccountRules.checkPassword(v, "newPassword", newPassword, self.username());
        if (newPassword != null && newPassword.equals(currentPassword)) {
            v.add("newPassword", "account.password-unchanged");
        }
        v.throwIfAny();
        String hash = hasher.hash(newPassword);
        jpa.inTransaction(em -> {
            AccountEntity a = findEntity(em, self.username()).orElseThrow(() -> notFound(self.username()));
            a.password(hash, Instant.now(clock));
            audit.record(em, self, "change-password", ENTITY, a.id(), new Changes().secret("password", "old", "new"));
            return null;
        });
        signedIn.forget(self.username());
    }

    @Override
    public Account resetPassword(Actor actor, long id, String newPassword) {
        Account current = get(id);
        Violations v = new Violations();
        AccountRules.checkPassword(v, "password", newPassword, current.username());
        v.throwIfAny();
        String hash = hasher.hash(newPassword);
        Account reset = jpa.inTransaction(em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            a.password(hash, Instant.now(clock));
            audit.record(em, actor, "reset-password", ENTITY, id, new Changes().secret("password", "old", "new"));
            em.flush();
            return a.toDto();
        });
        signedIn.forget(reset.username());
        return reset;
    }

    @Override
    public Account setEnabled(Actor actor, long id, boolean enabled) {
        Account changed = jpa.inTransaction(em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            if (a == null) {
                throw notFound(id);
            }
            boolean before = a.enabled();
            a.enabled(enabled);
            audit.record(em, actor, enabled ? "enable" : "disable", ENTITY, id,
                    new Changes().field("enabled", before, enabled));
            em.flush();
            return a.toDto();
        });
        signedIn.forget(changed.username());
        return changed;
    }

    @Override
    public Actor authenticate(String username, String password) {
        return authenticate(username, password, "unknown");
    }

    /**
     * Failures are throttled per client address and username ({@link SignInThrottle}), never by locking the
     * account: someone guessing from one machine cannot lock {@code admin} out for everyone else. An unknown
     * username, a wrong password and a throttled client get answers that say nothing about whether the account
     * exists; "disabled" is said only to whoever gave the right password.
     */
    @Override
    public Actor authenticate(String username, String password, String client) {
        String u = AccountRules.normalizeUsername(username);
        String from = client == null || client.isBlank() ? "unknown" : client;
        Instant now = Instant.now(clock);
        if (throttle.refused(from, u, now)) {
            hasher.burn(password);
            throw new UnauthenticatedException("auth.throttled", Messages.zh("auth.throttled", throttle.minutes()),
                    Messages.en("auth.throttled", throttle.minutes()));
        }
        Optional<AccountEntity> found = u == null || u.isEmpty() ? Optional.empty()
                : jpa.read(em -> findEntity(em, u));
        if (found.isEmpty()) {
            hasher.burn(password);
            audit.record(Actor.system("sign-in"), "sign-in-failed", ENTITY, u == null || u.isEmpty() ? "—" : u,
                    "unknown username from " + from);
            throttle.failed(from, u, now);
            throw invalidCredentials();
        }
        AccountEntity a = found.get();
        boolean ok = hasher.matches(password, a.passwordHash());
        if (!ok) {
            audit.record(Actor.system("sign-in"), "sign-in-failed", ENTITY, String.valueOf(a.id()),
                    "wrong password for " + u + " from " + from);
            throttle.failed(from, u, now);
            if (throttle.refused(from, u, now)) {
                LOG.warn("esip sign-in: client {} refused for {} minutes for account {} after {} failures", from,
                        throttle.minutes(), u, maxFailed);
            }
            throw invalidCredentials();
        }
        throttle.succeeded(from, u);
        long id = a.id();
        jpa.inTransaction(em -> {
            AccountEntity fresh = em.find(AccountEntity.class, id);
            fresh.signedIn();
            audit.record(em, fresh.toActor(), fresh.enabled() ? "sign-in" : "sign-in-refused", ENTITY, id,
                    new Changes());
            return null;
        });
        if (!a.enabled()) {
            throw new UnauthenticatedException("auth.disabled", Messages.zh("auth.disabled"), Messages.en("auth.disabled"));
        }
        return a.toActor();
    }

    static UnauthenticatedException invalidCredentials() {
        return new UnauthenticatedException("auth.invalid-credentials", Messages.zh("auth.invalid-credentials"),
                Messages.en("auth.invalid-credentials"));
    }

    @Override
    public boolean createFirstAdministrator(String password) {
        boolean exists = jpa.read(em -> em.createQuery(
                "SELECT COUNT(a) FROM AccountEntity a WHERE :role MEMBER OF a.roles", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult()) > 0;
        if (exists) {
            return false;
        }
        try {
            create(Actor.system("first-start"), new AccountRegistration("admin", "平台管理员 Administrator", password,
                    Set.of(Role.ADMIN), null, null, null));
            return true;
        } catch (ConflictException anotherNodeWasFaster) {
            return false;
        }
    }

    /** For the token service: the account's current state, by id. */
    Optional<AccountEntity> current(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(AccountEntity.class, id)));
    }
}
