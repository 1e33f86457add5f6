package org.esip.archive.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.esip.core.internal.seam.ArchiveSeal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends entries to the archive chain inside the caller's transaction, so that a ticket is closed and
 * its file sealed together or not at all. The chain's head row is locked for the append: appends from
 * several nodes sharing one database queue up and the chain stays one line.
 */
@Component(service = {ArchiveLedger.class, ArchiveSeal.class}, configurationPid = ArchiveConfig.PID)
public class ArchiveLedger implements ArchiveSeal {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveLedger.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile int retentionYears;
    private final Clock clock;

    @Activate
    public ArchiveLedger(ArchiveConfig config) {
        this(config.retentionYears(), Clock.systemUTC());
    }

    ArchiveLedger(int retentionYears, Clock clock) {
        this.clock = clock;
        retain(retentionYears);
    }

    /** A new retention period applies to files sealed from now on; the ticket service is not withdrawn. */
    @Modified
    void modified(ArchiveConfig config) {
        retain(config.retentionYears());
    }

    private void retain(int years) {
        if (years < ArchiveConfig.MINIMUM_YEARS) {
            LOG.error("Retention of {} years is below the two years of clause 6.4.4; keeping files for {} years",
                    years, ArchiveConfig.MINIMUM_YEARS);
        }
        this.retentionYears = Math.max(ArchiveConfig.MINIMUM_YEARS, years);
    }

    public int retentionYears() {
        return retentionYears;
    }

    /** Seals the file of a closed ticket; returns its entry id. */
    @Override
    public long seal(EntityManager em, long ticketId, long enterpriseId, String actor, String content) {
        ArchiveEntryEntity e = entry(ArchiveEntryEntity.Kind.FILE, null, ticketId, enterpriseId, actor, content);
        e.sealedTicketId = ticketId;
        e.retainUntil = LocalDate.ofInstant(e.recordedAt, ZONE).plusYears(retentionYears);
        return append(em, e);
    }

    @Override
    public void appendRevisit(EntityManager em, long ticketId, String actor, String text) {
        appendTo(em, ticketId, ArchiveEntryEntity.Kind.REVISIT, actor, text);
    }

    /** Appends an amendment or a revisit to the sealed file of a ticket, if it has one. */
    public void appendTo(EntityManager em, long ticketId, ArchiveEntryEntity.Kind kind, String actor, String text) {
        em.createQuery("SELECT e FROM ArchiveEntryEntity e WHERE e.sealedTicketId = :t", ArchiveEntryEntity.class)
                .setParameter("t", ticketId).getResultList().stream().findFirst()
                .ifPresent(file -> append(em, entry(kind, file.id, ticketId, file.enterpriseId, actor, text)));
    }

    long append(EntityManager em, ArchiveEntryEntity e) {
        ArchiveHeadEntity head = em.find(ArchiveHeadEntity.class, ArchiveHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        e.previousHash = head.lastHash;
        e.entryHash = HashChain.entryHash(e.previousHash, e.contentHash);
        em.persist(e);
        em.flush();
        head.lastHash = e.entryHash;
        head.entries++;
        em.flush();
        return e.id;
    }

    private ArchiveEntryEntity entry(ArchiveEntryEntity.Kind kind, Long fileId, long ticketId, long enterpriseId,
            String actor, String content) {
        ArchiveEntryEntity e = new ArchiveEntryEntity();
        e.kind = kind;
        e.fileId = fileId;
        e.ticketId = ticketId;
        e.enterpriseId = enterpriseId;
        e.recordedAt = Instant.now(clock);
        e.actor = actor;
        e.content = content;
        e.contentHash = HashChain.contentHash(content);
        return e;
    }
}
