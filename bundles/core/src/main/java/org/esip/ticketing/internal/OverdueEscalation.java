package org.esip.ticketing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.esip.core.api.Actor;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Jpa.Retry;
import org.esip.core.internal.seam.AccountInbox;
import org.esip.ticketing.api.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweep over the clocks of time-limited handling (限时办理, clause 6.1 a) that {@link DeadlineWatch} runs: on
 * the last day of a stage who answers for the ticket is reminded once; once the day has passed the ticket is marked
 * overdue and escalated to them (提级督办), exactly once however many nodes sweep at the same time.
 */
final class OverdueEscalation {
    /** Tickets claimed, recorded and notified in one transaction. */
    static final int BATCH = 500;
    private static final int ATTEMPTS = 3;
    /** A stage's clock has run out ({@code %s}, the due-date test) and runs in the ticket's status. */
    private static final String DUE = "%s AND e.status IN :statuses%s"
            + " AND (e.deferredUntil IS NULL OR e.deferredUntil < :asOf)";
    private static final Logger LOG = LoggerFactory.getLogger(OverdueEscalation.class);
    private final Jpa jpa;
    private final TicketTimeline timeline;
    private final TicketNotices notices;

    OverdueEscalation(Jpa jpa, TicketTimeline timeline, TicketNotices notices) {
        this.jpa = jpa;
        this.timeline = timeline;
        this.notices = notices;
    }

    List<Ticket> escalateOverdue(LocalDate asOf, boolean dryRun) {
        if (dryRun) {
            return wouldEscalate(asOf);
        }
        List<Ticket> escalated = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            // Approaching: the last day of a stage reminds who answers for it, once.
            escalate(stage, true, asOf, new ArrayList<>());
            escalate(stage, false, asOf, escalated);
        }
        return escalated;
    }

    /** The tickets a check as of {@code asOf} would escalate, read only: nothing is marked, recorded or sent. */
    private List<Ticket> wouldEscalate(LocalDate asOf) {
        Map<Long, Ticket> found = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            String key = Stages.key(stage, false);
            jpa.read(em -> em.createQuery("SELECT e FROM TicketEntity e WHERE " + stage.due + " < :asOf"
                    + " AND e.status IN :statuses" + stage.extra
                    + " AND (e.deferredUntil IS NULL OR e.deferredUntil < :asOf) ORDER BY e.id", TicketEntity.class)
                    .setParameter("asOf", asOf).setParameter("statuses", stage.statuses).getResultList())
                    .stream().filter(t -> !Stages.contains(t.escalatedStages, key))
                    .forEach(t -> found.putIfAbsent(t.id, t.toDto()));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * One stage's reminders or escalations, in batches of {@value #BATCH} tickets, one transaction each. A batch is
     * claimed with one conditional update per distinct {@code escalatedStages} value read (a handful): the update
     * adds the stage's key only where the ticket still has the value read and still is due. When an update claims
     * fewer tickets than it names, another node (or a step) changed some of them since the read: the batch rolls back
     * and is read again, and what the other node claimed is then left to it.
     */
    private void escalate(Stage stage, boolean reminder, LocalDate asOf, List<Ticket> out) {
        String key = Stages.key(stage, reminder);
        List<Long> ids = jpa.read(em -> due(em, stage, reminder, asOf, "e.id", Long.class, null));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (int attempt = 1;; attempt++) {
                try {
                    out.addAll(jpa.inTransaction(em -> claim(em, stage, reminder, key, asOf, batch), Retry.TRANSIENT));
                    break;
                } catch (Raced e) {
                    if (attempt >= ATTEMPTS) {
                        LOG.warn("Tickets {}..{} changed under {} checks at {} in a row; the next check takes them",
                                batch.get(0), batch.get(batch.size() - 1), attempt, key);
                        break;
                    }
                }
            }
        }
    }

    /** Reads what {@code stage} has due as of {@code asOf} ({@code ids} among them when given). */
    private static <T> List<T> due(EntityManager em, Stage stage, boolean reminder, LocalDate asOf, String select,
            Class<T> type, List<Long> ids) {
        String key = Stages.key(stage, reminder);
        TypedQuery<T> q = em.createQuery("SELECT " + select + " FROM TicketEntity e WHERE " + DUE.formatted(
                stage.due + (reminder ? " = :asOf" : " < :asOf"), stage.extra)
                + " AND (e.escalatedStages IS NULL OR e.escalatedStages NOT LIKE :key)"
                + (ids == null ? "" : " AND e.id IN :ids") + " ORDER BY e.id", type)
                .setParameter("asOf", asOf).setParameter("statuses", stage.statuses).setParameter("key", "%," + key + ",%");
        return (ids == null ? q : q.setParameter("ids", ids)).getResultList();
    }

    private List<Ticket> claim(EntityManager em, Stage stage, boolean reminder, String key, LocalDate asOf,
            List<Long> batch) {
        List<Object[]> read = due(em, stage, reminder, asOf, "e.id, e.escalatedStages", Object[].class, batch);
        Map<String, List<Long>> byStages = new LinkedHashMap<>();
        read.forEach(r -> byStages.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((Long) r[0]));
        for (Map.Entry<String, List<Long>> group : byStages.entrySet()) {
            String was = group.getKey();
            Query claim = em.createQuery("UPDATE TicketEntity e SET e.escalatedStages = :stages,"
                    + " e.version = e.version + 1"
                    + " WHERE e.id IN :ids AND " + (was == null ? "e.escalatedStages IS NULL" : "e.escalatedStages = :was")
                    + " AND " + DUE.formatted(stage.due + (reminder ? " = :asOf" : " < :asOf"), stage.extra))
                    .setParameter("stages", Stages.with(was, key)).setParameter("ids", group.getValue())
                    .setParameter("asOf", asOf).setParameter("statuses", stage.statuses);
            if (was != null) {
                claim.setParameter("was", was);
            }
            if (claim.executeUpdate() != group.getValue().size()) {
                throw new Raced();
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        List<Long> ids = read.stream().map(r -> (Long) r[0]).toList();
        if (!reminder) {
            // Native, with the literal: EclipseLink binds a Boolean of a JPQL update as 1, which Derby's BOOLEAN
            // refuses. The ids are the numbers just read, claimed above by this transaction.
            em.createNativeQuery("UPDATE TICKET SET OVERDUE = TRUE WHERE ID IN ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").executeUpdate();
        }
        // Read after the updates, in this transaction (EclipseLink's shared cache is off: nothing older is kept).
        List<TicketEntity> claimed = em.createQuery("SELECT e FROM TicketEntity e WHERE e.id IN :ids ORDER BY e.id",
                TicketEntity.class).setParameter("ids", ids).getResultList();
        Actor watch = Actor.system("deadline-watch");
        String notice = reminder ? "ticket.due" : "ticket.escalated";
        // the timeline events, audit entries and notices of the batch: one JDBC batch each
        timeline.recordAll(em, claimed, watch, reminder ? "remind" : "escalate", t -> {
            LocalDate dueDate = stage.dueOf(t);
            String owner = t.owner == null ? "—" : t.owner;
            return Messages.zh(notice, stage, dueDate, owner) + " / " + Messages.en(notice, stage, dueDate, owner);
        });
        List<AccountInbox.Notice> told = new ArrayList<>();
        List<Ticket> escalated = new ArrayList<>();
        for (TicketEntity t : claimed) {
            for (String to : notices.accountable(t)) {
                told.add(notices.accountNotice(to, notice, t.id, t.title, stage + " " + stage.dueOf(t)));
            }
            if (!reminder) {
                escalated.add(t.toDto());
            }
        }
        notices.tellAll(em, told);
        return escalated;
    }

    /** Another node or a step changed a ticket of the batch between its read and its claim. */
    private static final class Raced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Raced() {
            super(null, null, false, false);
        }
    }
}
