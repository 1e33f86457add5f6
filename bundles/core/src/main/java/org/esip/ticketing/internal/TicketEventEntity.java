package org.esip.ticketing.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketStatus;

/** One row of a ticket's timeline: written once, never changed. */
@Entity
@Table(name = "TICKET_EVENT")
public class TicketEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "OCCURRED_AT", nullable = false)
    Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    String actor;

    @Column(name = "ACTION_CODE", length = 30, nullable = false)
    String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 20)
    TicketStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 20, nullable = false)
    TicketStatus to;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    Channel channel;

    @Column(name = "REMARK", length = 4000)
    String remark;

    protected TicketEventEntity() {
    }

    TicketEvent toDto() {
        return new TicketEvent(at, actor, action, from, to, channel, remark);
    }
}
