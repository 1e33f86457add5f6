package org.esip.line.policy.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.line.policy.api.PolicyFile;

@Entity
@Table(name = "POLICY_FILE")
public class PolicyFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "POLICY_ID", nullable = false)
    long policyId;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 100)
    String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;

    /** UTC. */
    @Column(name = "UPLOADED_AT", nullable = false)
    LocalDateTime uploadedAt;

    PolicyFile toDto() {
        return new PolicyFile(id, policyId, fileName, contentType, size, sha256, uploadedAt.toInstant(ZoneOffset.UTC));
    }
}
