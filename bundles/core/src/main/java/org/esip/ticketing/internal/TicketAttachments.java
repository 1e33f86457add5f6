package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.FileStore;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.StoredFile;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.Ticket;

/**
 * The files of a ticket: uploaded to an open ticket (checked and stored by content before the row that refers to
 * it commits, the upload in the timeline), listed, and read back by their SHA-256.
 */
final class TicketAttachments {
    private final Jpa jpa;
    private final FileStore files;
    private final ContentStore store;
    private final TicketTimeline timeline;
    private final TicketQueries queries;
    private final Clock clock;

    TicketAttachments(Jpa jpa, FileStore files, ContentStore store, TicketTimeline timeline, TicketQueries queries,
            Clock clock) {
        this.jpa = jpa;
        this.files = files;
        this.store = store;
        this.timeline = timeline;
        this.queries = queries;
        this.clock = clock;
    }

    Attachment attach(Actor actor, long ticketId, String fileName, byte[] content) {
        Ticket current = queries.get(ticketId);
        if (TicketLifecycle.FINISHED.contains(current.status())) {
            throw new ConflictException("attachment.ticket-finished", "status",
                    Messages.zh("attachment.ticket-finished", current.status()), Messages.en("attachment.ticket-finished", current.status()));
        }
        // Checked and in the store before the row that refers to it commits.
        StoredFile stored = files.store(fileName, content);
        String name = stored.fileName();
        String type = stored.contentType();
        String sha = stored.sha256();
        return jpa.inTransaction(em -> {
            TicketEntity t = em.find(TicketEntity.class, ticketId);
            AttachmentEntity a = new AttachmentEntity();
            a.ticketId = ticketId;
            a.fileName = name;
            a.contentType = type;
            a.size = content.length;
            a.sha256 = sha;
            a.uploadedBy = actor.username();
            a.uploadedAt = Instant.now(clock);
            em.persist(a);
            em.flush();
            timeline.record(em, t, actor, "attach", t.status, null, name + " (" + content.length + " B, SHA-256 " + sha + ")");
            return a.toDto();
        });
    }

    List<Attachment> attachments(long ticketId) {
        queries.get(ticketId);
        return jpa.read(em -> em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.ticketId = :t ORDER BY a.id",
                AttachmentEntity.class).setParameter("t", ticketId).getResultList().stream().map(AttachmentEntity::toDto)
                .toList());
    }

    Attachment attachment(long ticketId, long attachmentId) {
        return jpa.read(em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId))
                .filter(a -> a.ticketId == ticketId).map(AttachmentEntity::toDto)
                .orElseThrow(() -> new NotFoundException("attachment.not-found",
                        Messages.zh("attachment.not-found", attachmentId, ticketId),
                        Messages.en("attachment.not-found", attachmentId, ticketId))));
    }

    byte[] attachmentContent(long ticketId, long attachmentId) {
        Attachment a = attachment(ticketId, attachmentId);
        return store.read(a.sha256()).orElseThrow(() -> new ConflictException("attachment.damaged", "file",
                Messages.zh("attachment.damaged", a.fileName(), a.sha256()), Messages.en("attachment.damaged", a.fileName(), a.sha256())));
    }
}
