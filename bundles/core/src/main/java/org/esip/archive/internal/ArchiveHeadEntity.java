package org.esip.archive.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The head of the archive chain: locked while an entry is appended. */
@Entity
@Table(name = "ARCHIVE_HEAD")
public class ArchiveHeadEntity {
    static final int ID = 1;

    @Id
    @Column(name = "ID")
    Integer id;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    String lastHash;

    @Column(name = "ENTRIES", nullable = false)
    long entries;
}
