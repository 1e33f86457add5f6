package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.internal.persistence.BatchInsert;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketStatus;

/** Writes every step into the ticket's timeline and, in the same transaction, into the audit log. */
final class TicketTimeline {
    private static final List<String> EVENT_COLUMNS = List.of("TICKET_ID", "OCCURRED_AT", "ACTOR", "ACTION_CODE",
            "FROM_STATUS", "TO_STATUS", "CHANNEL", "REMARK");
    private final AuditRecord audit;
    private final Clock clock;

    TicketTimeline(AuditRecord audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The time a step taken now is recorded with. */
    Instant now() {
        return Instant.now(clock);
    }

    /** Records {@code action} on {@code t}, which went from {@code from} to the status it has now. */
    void record(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from, Channel channel,
            String remark) {
        record(em, t, actor, action, from, channel, remark, now());
    }

    /** Records {@code action} taken at {@code at} on {@code t}, which went from {@code from} to its status now. */
    void record(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from, Channel channel,
            String remark, Instant at) {
        // one plain insert: nobody reads the event back as an entity in this transaction, and the mapping's insert
        // cost more than the statement itself (issue 16). The ticket is in the database already (a new one is
        // flushed before its first event), so nothing else need be written first.
        BatchInsert.row(em, "TICKET_EVENT", EVENT_COLUMNS, t.id, at, actor.username(), action,
                from == null ? null : from.name(), t.status.name(), channel == null ? null : channel.name(), remark);
        audit.record(em, actor, action, "ticket", t.id, new Changes()
                .field("status", from == null ? null : from.name(), t.status.name()));
    }

    /**
     * The first event of new ticket {@code t} and its audit entry, as {@link #record} writes them, for the statement
     * that inserts the ticket ({@link KeyedInsert}: the ticket's key is the database's to give).
     */
    List<KeyedInsert.Row> firstRecordOf(TicketEntity t, Actor actor, String action, Channel channel, String remark) {
        return List.of(new KeyedInsert.Row("TICKET_EVENT", "TICKET_ID", EVENT_COLUMNS.subList(1, EVENT_COLUMNS.size()),
                Arrays.asList(now(), actor.username(), action, null, t.status.name(),
                        channel == null ? null : channel.name(), remark)),
                audit.entryOfNew(actor, action, "ticket", new Changes().field("status", null, t.status.name())));
    }

    /**
     * Records {@code action}, which changes no status, on each of {@code tickets} with its {@code remark}, as one
     * batch of timeline events and one of audit entries in the caller's transaction (a sweep's batch).
     */
    void recordAll(EntityManager em, List<TicketEntity> tickets, Actor actor, String action,
            Function<TicketEntity, String> remark) {
        Instant at = Instant.now(clock);
        Map<Long, Changes> changes = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (TicketEntity t : tickets) {
            rows.add(new Object[] {t.id, at, actor.username(), action, t.status.name(), t.status.name(), null,
                    remark.apply(t)});
            changes.put(t.id, new Changes().field("status", t.status.name(), t.status.name()));
        }
        BatchInsert.into(em, "TICKET_EVENT", EVENT_COLUMNS, rows);
        audit.recordAll(em, actor, action, "ticket", changes);
    }
}
