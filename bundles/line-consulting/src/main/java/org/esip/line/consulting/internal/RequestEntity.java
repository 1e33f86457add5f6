package org.esip.line.consulting.internal;

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

import org.esip.line.consulting.api.ConsultingService;

/** A consulting request; its ticket id is stored after the ticket is submitted (TicketKeys). */
@Entity
@Table(name = "CONSULTING_REQUEST")
public class RequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE", nullable = false)
    ConsultingService service;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    @Column(name = "EXPERT_ID")
    Long expertId;
    @Column(name = "SUBJECT")
    String subject;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "TICKET_ID")
    Long ticketId;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
