package org.esip.archive.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One entry of the archive chain: a sealed file, or an amendment or revisit appended to one. */
@Entity
@Table(name = "ARCHIVE_ENTRY")
public class ArchiveEntryEntity {
    public enum Kind {
        FILE, AMENDMENT, REVISIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    Kind kind;

    /** For an amendment or revisit: the file it belongs to. */
    @Column(name = "FILE_ID")
    Long fileId;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    /** Set on files only: one sealed file per ticket. */
    @Column(name = "SEALED_TICKET_ID")
    Long sealedTicketId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;

    @Column(name = "ACTOR", nullable = false, length = 100)
    String actor;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "CONTENT")
    String content;

    @Column(name = "CONTENT_HASH", nullable = false, length = 64)
    String contentHash;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false, length = 64)
    String entryHash;

    @Column(name = "RETAIN_UNTIL")
    LocalDate retainUntil;

    @Column(name = "PURGED_AT")
    Instant purgedAt;
}
