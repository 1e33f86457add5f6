package org.esip.audit.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.audit.api.AuditEntry;

@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "ACTION_CODE", nullable = false, length = 40)
    private String action;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 40)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false, length = 40)
    private String entityId;

    @Column(name = "CHANGES", length = 8000)
    private String changes;

    protected AuditEventEntity() {
    }

    AuditEntry toDto() {
        return new AuditEntry(id, at, actor, action, entityType, entityId, changes);
    }
}
