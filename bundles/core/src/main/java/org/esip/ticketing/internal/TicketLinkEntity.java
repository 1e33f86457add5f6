package org.esip.ticketing.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One direction of a link between two tickets; a link is stored both ways. */
@Entity
@Table(name = "TICKET_LINK")
@IdClass(TicketLinkEntity.Key.class)
public class TicketLinkEntity {
    @Id
    @Column(name = "TICKET_ID")
    long ticketId;

    @Id
    @Column(name = "LINKED_ID")
    long linkedId;

    @Column(name = "LINKED_AT", nullable = false)
    Instant linkedAt;

    @Column(name = "LINKED_BY", nullable = false, length = 100)
    String linkedBy;

    @Column(name = "REMARK", length = 500)
    String remark;

    public TicketLinkEntity() {
    }

    TicketLinkEntity(long ticketId, long linkedId, Instant at, String by, String remark) {
        this.ticketId = ticketId;
        this.linkedId = linkedId;
        this.linkedAt = at;
        this.linkedBy = by;
        this.remark = remark;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long ticketId;
        public long linkedId;

        public Key() {
        }

        public Key(long ticketId, long linkedId) {
            this.ticketId = ticketId;
            this.linkedId = linkedId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ticketId == ticketId && k.linkedId == linkedId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, linkedId);
        }
    }
}
