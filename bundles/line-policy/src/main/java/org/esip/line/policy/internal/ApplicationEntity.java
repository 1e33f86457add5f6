package org.esip.line.policy.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.ticketing.api.Channel;

@Entity
@Table(name = "POLICY_APPLICATION")
public class ApplicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "POLICY_ID", nullable = false)
    long policyId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", nullable = false, length = 30)
    BenefitRoute mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "HAND_OFF", length = 20)
    HandOffStatus handOff;

    @Column(name = "TICKET_ID")
    Long ticketId;

    @Column(name = "REFERENCE", length = 100)
    String reference;

    @Column(name = "LINK", length = 500)
    String link;

    @Column(name = "OUTCOME", length = 2000)
    String outcome;

    /** Online: the account that applied and its roles (comma-separated), for its ticket (line kit TicketKeys). */
    @Column(name = "APPLIED_BY", length = 100)
    String appliedBy;

    @Column(name = "APPLIED_ROLES", length = 100)
    String appliedRoles;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    Channel channel;

    /** Online: the ticket's title and text, as submitted the first time. */
    @Column(name = "TICKET_TITLE", length = 200)
    String ticketTitle;

    @Column(name = "TICKET_TEXT", length = 4000)
    String ticketText;

    /** Online: the client's Idempotency-Key, so a retry answers this application. */
    @Column(name = "CLIENT_KEY", length = 100)
    String clientKey;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
