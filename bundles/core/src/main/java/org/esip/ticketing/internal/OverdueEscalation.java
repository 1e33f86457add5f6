package org.esip.ticketing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esip.core.api.Actor;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.Ticket;

/**
 * The sweep over the clocks of time-limited handling (限时办理, clause 6.1 a) that {@link DeadlineWatch} runs: on
 * the last day of a stage who answers for the ticket is reminded once; once the day has passed the ticket is marked
 * overdue and escalated to them (提级督办), exactly once however many nodes sweep at the same time.
 */
final class OverdueEscalation {
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

    private void escalate(Stage stage, boolean reminder, LocalDate asOf, List<Ticket> out) {
        String key = Stages.key(stage, reminder);
        List<Object[]> candidates = jpa.read(em -> em.createQuery("SELECT e.id, e.version, e.escalatedStages"
                + " FROM TicketEntity e WHERE " + stage.due + (reminder ? " = :asOf" : " < :asOf")
                + " AND e.status IN :statuses" + stage.extra
                + " AND (e.deferredUntil IS NULL OR e.deferredUntil < :asOf)", Object[].class)
                .setParameter("asOf", asOf).setParameter("statuses", stage.statuses).getResultList());
        Actor watch = Actor.system("deadline-watch");
        for (Object[] c : candidates) {
            long id = (Long) c[0];
            long version = (Long) c[1];
            String stages = (String) c[2];
            if (Stages.contains(stages, key)) {
                continue;
            }
            jpa.inTransaction(em -> {
                // Conditional update on the version read: of several nodes checking at once, exactly one wins.
                int won = em.createQuery("UPDATE TicketEntity e SET e.escalatedStages = :stages,"
                        + " e.version = e.version + 1 WHERE e.id = :id AND e.version = :version")
                        .setParameter("stages", Stages.with(stages, key)).setParameter("id", id)
                        .setParameter("version", version).executeUpdate();
                if (won == 1) {
                    TicketEntity t = em.find(TicketEntity.class, id);
                    em.refresh(t);
                    LocalDate dueDate = stage.dueOf(t);
                    String owner = t.owner == null ? "—" : t.owner;
                    String what = stage + " " + dueDate;
                    String notice = reminder ? "ticket.due" : "ticket.escalated";
                    if (!reminder) {
                        // Through the mapping, not the bulk update: EclipseLink writes a bare Boolean as 1 for Derby.
                        t.overdue = true;
                        out.add(t.toDto());
                    }
                    timeline.record(em, t, watch, reminder ? "remind" : "escalate", t.status, null,
                            Messages.zh(notice, stage, dueDate, owner) + " / " + Messages.en(notice, stage, dueDate, owner));
                    for (String to : notices.accountable(t)) {
                        notices.tellAccount(to, notice, t.id, t.title, what);
                    }
                }
                return null;
            });
        }
    }
}
