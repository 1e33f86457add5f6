package org.esip.line.training.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.line.training.api.TrainingRequest;
import org.esip.line.training.api.TrainingTopic;

@Entity
@Table(name = "TRAINING_REQUEST")
public class RequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", nullable = false, length = 30)
    TrainingTopic topic;

    @Column(name = "DETAIL", nullable = false, length = 2000)
    String detail;

    @Column(name = "PREFERRED_DATE")
    LocalDate preferredDate;

    @Column(name = "EXPECTED_ATTENDEES")
    Integer expectedAttendees;

    /** The client's Idempotency-Key: a retry finds this record instead of storing a second one. */
    @Column(name = "IDEMPOTENCY_KEY", length = 100)
    String idempotencyKey;

    /** {@code null} until the ticket is submitted (see TicketKeys: reconciled at activation). */
    @Column(name = "TICKET_ID")
    Long ticketId;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    TrainingRequest toDto() {
        return new TrainingRequest(id, enterpriseId, topic, detail, preferredDate, expectedAttendees, ticketId,
                RegistrationEntity.utc(createdAt));
    }
}
