package org.esip.line.technical.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.technical.api.RequestKind;
import org.esip.line.technical.api.ServiceRequest;

/** A booking of an offer or a consultation with an expert, stored before its ticket. */
@Entity
@Table(name = "TECHNICAL_REQUEST")
public class RequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    RequestKind kind;
    @Column(name = "OFFER_ID")
    Long offerId;
    @Column(name = "EXPERT_ID")
    Long expertId;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Column(name = "TITLE", nullable = false)
    String title;
    @Column(name = "NOTE")
    String note;
    @Column(name = "REQUESTED_BY", nullable = false)
    String requestedBy;
    /** Whether staff asked on the enterprise's behalf (the ticket is then taken at a window). */
    @Column(name = "STAFF_REQUEST", nullable = false)
    boolean staffRequest;
    /** The client's Idempotency-Key, if it sent one: a retry finds this row instead of storing a second. */
    @Column(name = "CLIENT_KEY")
    String clientKey;
    @Column(name = "TICKET_ID")
    Long ticketId;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    ServiceRequest toDto() {
        return new ServiceRequest(id, kind, offerId, expertId, organisationId, enterpriseId, title, note, requestedBy,
                ticketId, createdAt.toInstant(ZoneOffset.UTC));
    }
}
