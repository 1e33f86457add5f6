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
import javax.persistence.Version;

import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;

@Entity
@Table(name = "TICKET")
public class TicketEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "DESCRIPTION", nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private TicketStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected TicketEntity() {
    }

    TicketEntity(long enterpriseId, TicketKind kind, Channel channel, String title, String description,
            Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.kind = kind;
        this.channel = channel;
        this.title = title;
        this.description = description;
        this.status = TicketStatus.SUBMITTED;
        this.createdAt = createdAt;
    }

    Ticket toDto() {
        return new Ticket(id, enterpriseId, kind, channel, title, description, status, createdAt);
    }
}
