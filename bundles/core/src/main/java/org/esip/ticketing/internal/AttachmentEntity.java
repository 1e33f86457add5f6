package org.esip.ticketing.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.ticketing.api.Attachment;

@Entity
@Table(name = "TICKET_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 100)
    String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;

    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    Instant uploadedAt;

    public Attachment toDto() {
        return new Attachment(id, ticketId, fileName, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
