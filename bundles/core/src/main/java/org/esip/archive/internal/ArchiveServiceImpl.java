package org.esip.archive.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.esip.archive.api.ArchiveAmendment;
import org.esip.archive.api.ArchiveFile;
import org.esip.archive.api.ArchiveService;
import org.esip.archive.api.ArchiveVerification;
import org.esip.archive.api.OrganisationArchive;
import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@Component(service = ArchiveService.class)
public class ArchiveServiceImpl implements ArchiveService {
    private static final String KIND = "ARCHIVE_FILE";
    private static final int VERIFY_BATCH = 500;
    private final Jpa jpa;
    private final ArchiveLedger ledger;
    private final ContentStore store;
    private final OrganisationService organisations;
    private final TicketService tickets;
    private final AuditRecord audit;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ArchiveServiceImpl(@Reference Jpa jpa, @Reference ArchiveLedger ledger, @Reference ContentStore store,
            @Reference OrganisationService organisations, @Reference TicketService tickets,
            @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.ledger = ledger;
        this.store = store;
        this.organisations = organisations;
        this.tickets = tickets;
        this.audit = audit;
    }

    @Override
    public int retentionYears() {
        return ledger.retentionYears();
    }

    private static NotFoundException notFound(String key, long id) {
        return new NotFoundException(key, Messages.zh(key, Long.toString(id)), Messages.en(key, Long.toString(id)));
    }

    private ArchiveFile toDto(EntityManager em, ArchiveEntryEntity f) {
        List<ArchiveAmendment> amendments = em.createQuery("SELECT e FROM ArchiveEntryEntity e WHERE e.fileId = :f"
                + " ORDER BY e.id", ArchiveEntryEntity.class).setParameter("f", f.id).getResultList().stream()
                .map(a -> new ArchiveAmendment(a.id, f.id, ArchiveAmendment.Kind.valueOf(a.kind.name()), a.recordedAt,
                        a.actor, a.content, a.contentHash, a.previousHash, a.entryHash))
                .toList();
        return new ArchiveFile(f.id, f.ticketId, f.enterpriseId, f.recordedAt, f.actor, f.content, f.contentHash,
                f.previousHash, f.entryHash, f.retainUntil, f.purgedAt, amendments);
    }

    private static ArchiveEntryEntity file(EntityManager em, long fileId) {
        ArchiveEntryEntity f = em.find(ArchiveEntryEntity.class, fileId);
        if (f == null || f.kind != ArchiveEntryEntity.Kind.FILE) {
            throw notFound("archive.not-found", fileId);
        }
        return f;
    }

    @Override
    public ArchiveFile get(long fileId) {
        return jpa.read(em -> toDto(em, file(em, fileId)));
    }

    @Override
    public ArchiveFile fileOfTicket(long ticketId) {
        return jpa.read(em -> em.createQuery("SELECT e FROM ArchiveEntryEntity e WHERE e.sealedTicketId = :t",
                ArchiveEntryEntity.class).setParameter("t", ticketId).getResultList().stream().findFirst()
                .map(f -> toDto(em, f)).orElseThrow(() -> notFound("archive.ticket-not-sealed", ticketId)));
    }

    @Override
    public Page<ArchiveFile> list(Long enterpriseId, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.kind", ArchiveEntryEntity.Kind.FILE)
                .equal("e.enterpriseId", enterpriseId)
                .page(em, ArchiveEntryEntity.class, "e.id DESC", page, List.of(), f -> toDto(em, f)));
    }

    @Override
    public ArchiveFile amend(Actor actor, long fileId, String text) {
        Violations v = new Violations();
        String t = v.requireText("text", text, 4000);
        v.throwIfAny();
        return jpa.inTransaction(em -> {
            ArchiveEntryEntity f = file(em, fileId);
            if (f.purgedAt != null) {
                throw new ConflictException("archive.purged", "fileId", Messages.zh("archive.purged", fileId),
                        Messages.en("archive.purged", fileId));
            }
            ledger.appendTo(em, f.ticketId, ArchiveEntryEntity.Kind.AMENDMENT, actor.username(), t);
            audit.record(em, actor, "amend", KIND, fileId, new Changes().field("amendment", null, t));
            return toDto(em, f);
        });
    }

    @Override
    public ArchiveFile purge(Actor actor, long fileId) {
        return jpa.inTransaction(em -> {
            ArchiveEntryEntity f = file(em, fileId);
            LocalDate today = LocalDate.now(clock.withZone(ArchiveLedger.ZONE));
            if (today.isBefore(f.retainUntil)) {
                throw new ConflictException("archive.retained", "retainUntil",
                        Messages.zh("archive.retained", fileId, f.retainUntil, ledger.retentionYears()),
                        Messages.en("archive.retained", fileId, f.retainUntil, ledger.retentionYears()));
            }
            if (f.purgedAt == null) {
                Instant now = Instant.now(clock);
                f.content = null;
                f.purgedAt = now;
                em.createQuery("SELECT e FROM ArchiveEntryEntity e WHERE e.fileId = :f", ArchiveEntryEntity.class)
                        .setParameter("f", fileId).getResultList().forEach(a -> {
                            a.content = null;
                            a.purgedAt = now;
                        });
                audit.record(em, actor, "purge", KIND, fileId, new Changes().field("retainUntil", f.retainUntil, null));
            }
            return toDto(em, f);
        });
    }

    @Override
    public ArchiveVerification verify() {
        List<ArchiveVerification.Finding> findings = new ArrayList<>();
        long[] counts = new long[2];
        String previous = HashChain.GENESIS;
        long after = 0;
        while (true) {
            long from = after;
            List<ArchiveEntryEntity> batch = jpa.read(em -> em.createQuery("SELECT e FROM ArchiveEntryEntity e"
                    + " WHERE e.id > :after ORDER BY e.id", ArchiveEntryEntity.class).setParameter("after", from)
                    .setMaxResults(VERIFY_BATCH).getResultList());
            if (batch.isEmpty()) {
                break;
            }
            List<HashChain.Link> links = batch.stream().map(e -> new HashChain.Link(e.id, e.ticketId, e.content,
                    e.purgedAt != null, e.contentHash, e.previousHash, e.entryHash)).toList();
            previous = HashChain.check(links, previous, (e, key) -> findings.add(new ArchiveVerification.Finding(
                    e.id(), e.ticketId(), Messages.zh(key, e.id(), e.ticketId()), Messages.en(key, e.id(), e.ticketId()))));
            for (ArchiveEntryEntity e : batch) {
                counts[0]++;
                if (e.kind == ArchiveEntryEntity.Kind.FILE && e.purgedAt == null && e.content != null) {
                    for (String sha : attachmentHashes(e.content)) {
                        counts[1]++;
                        if (!store.intact(sha)) {
                            findings.add(new ArchiveVerification.Finding(e.id, e.ticketId,
                                    Messages.zh("archive.verify.attachment", e.id, e.ticketId, sha),
                                    Messages.en("archive.verify.attachment", e.id, e.ticketId, sha)));
                        }
                    }
                }
            }
            after = batch.get(batch.size() - 1).id;
        }
        String last = previous;
        String head = jpa.read(em -> em.find(ArchiveHeadEntity.class, ArchiveHeadEntity.ID).lastHash);
        if (!head.equals(last)) {
            // Entries were removed from the end of the chain.
            findings.add(new ArchiveVerification.Finding(after, 0, Messages.zh("archive.verify.head", after),
                    Messages.en("archive.verify.head", after)));
        }
        return new ArchiveVerification(counts[0], counts[1], findings.isEmpty(), findings);
    }

    /** The SHA-256 of every attachment a sealed file lists; an unreadable file lists none (and fails its hash). */
    private List<String> attachmentHashes(String content) {
        try {
            JsonNode attachments = json.readTree(content).path("attachments");
            List<String> hashes = new ArrayList<>();
            attachments.forEach(a -> hashes.add(a.path("sha256").asText()));
            return hashes.stream().filter(h -> h.matches("[0-9a-f]{64}")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public OrganisationArchive organisationArchive(long organisationId) {
        Organisation o = organisations.get(organisationId);
        List<Ticket> served = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Ticket> p = tickets.assignedTo(AssigneeKind.ORGANISATION, organisationId,
                    new PageRequest(page, PageRequest.MAX_SIZE));
            served.addAll(p.items());
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        Map<Long, Long> files = served.isEmpty() ? Map.of() : jpa.read(em -> em.createQuery(
                "SELECT e.sealedTicketId, e.id FROM ArchiveEntryEntity e WHERE e.sealedTicketId IN :ids", Object[].class)
                .setParameter("ids", served.stream().map(Ticket::id).toList()).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1])));
        List<OrganisationArchive.ServedItem> items = served.stream().map(t -> new OrganisationArchive.ServedItem(
                t.id(), t.kind(), t.title(), t.status(), t.grade(), files.get(t.id()))).toList();
        return new OrganisationArchive(o, organisations.history(organisationId),
                tickets.recordOf(AssigneeKind.ORGANISATION, organisationId), items, Instant.now(clock));
    }
}
