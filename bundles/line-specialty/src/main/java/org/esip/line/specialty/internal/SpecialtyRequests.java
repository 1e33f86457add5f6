package org.esip.line.specialty.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.esip.core.api.Actor;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.TicketKeys;
import org.esip.line.specialty.api.Measure;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.line.specialty.api.SpecialtyDefinition.Category;
import org.esip.line.specialty.api.SpecialtyDefinition.Item;
import org.esip.line.specialty.internal.SpecialtyStore.StoredRequest;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Forms become tickets (the kit's {@link TicketKeys} rule): the answers are checked against the item's fields, the
 * request is stored first, then a ticket of the item's category is submitted with the key derived from the request
 * ({@code line:specialty:request:<id>}), and its id is stored on the request. Requests left without a ticket are
 * submitted again by {@link #reconcile()}.
 */
final class SpecialtyRequests {
    static final String RECORD_KIND = "request";
    private static final Logger LOG = LoggerFactory.getLogger(SpecialtyRequests.class);
    private static final Set<TicketStatus> RESOLVED = EnumSet.of(TicketStatus.RESOLVED, TicketStatus.FEEDBACK_SENT,
            TicketStatus.EVALUATED, TicketStatus.CLOSED);
    private static final int LIST_LIMIT = 500;

    private final SpecialtyStore store;
    private final TicketService tickets;
    private final EnterpriseService enterprises;
    /** The definition served for a line id now, or null: titles of reconciled tickets. */
    private final Function<String, SpecialtyDefinition> served;

    SpecialtyRequests(SpecialtyStore store, TicketService tickets, EnterpriseService enterprises,
            Function<String, SpecialtyDefinition> served) {
        this.store = store;
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.served = served;
    }

    /** A request as the REST API shows it: the stored request with its ticket's status. */
    record RequestView(long id, String lineId, String item, String itemNameZh, String itemNameEn, String category,
            long enterpriseId, Long ticketId, TicketStatus ticketStatus, String submittedBy, Instant createdAt,
            List<Map<String, Object>> answers) {
    }

    RequestView submit(Actor actor, SpecialtyDefinition d, JsonNode body, String idempotencyKey) {
        if (!actor.has(Role.ENTERPRISE) && !LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        FieldChecks checks = new FieldChecks(Texts.TEXTS);
        String itemCode = body != null && body.hasNonNull("item") && body.get("item").isTextual() ? body.get("item").textValue() : null;
        checks.required("item", itemCode);
        Item item = itemCode == null ? null : d.item(itemCode).orElse(null);
        checks.check("item", itemCode == null || item != null, "form.unknown-item", itemCode);
        Long requested = body != null && body.hasNonNull("enterpriseId") && body.get("enterpriseId").canConvertToLong()
                ? body.get("enterpriseId").longValue() : null;
        checks.check("enterpriseId", body == null || !body.hasNonNull("enterpriseId") || requested != null, "param.not-integer");
        if (LineAccess.isMaintainer(actor) && !actor.has(Role.ENTERPRISE)) {
            checks.required("enterpriseId", requested);
            if (requested != null) {
                try {
                    enterprises.get(requested);
                } catch (NotFoundException e) {
                    checks.check("enterpriseId", false, "form.unknown-enterprise", requested);
                }
            }
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : d.id() + ":" + idempotencyKey.strip();
        checks.check("Idempotency-Key", key == null || key.length() <= 140, "field.too-long", 100);
        List<FormValidator.Answer> answers = null;
        if (item != null) {
            try {
                answers = FormValidator.validate(item, body == null ? null : body.get("values"));
            } catch (ValidationException e) {
                e.violations().forEach(checks::add);
            }
        }
        checks.throwIfAny();
        long enterpriseId = LineAccess.actingEnterprise(actor, requested, "enterpriseId");
        if (key != null) {
            StoredRequest earlier = store.byIdempotencyKey(key).orElse(null);
            if (earlier != null) {
                return view(earlier.ticketId() == null ? ticket(earlier, actor) : earlier);
            }
        }
        StoredRequest stored = store.insert(d.id(), item.code(), item.nameZh(), item.nameEn(),
                DefinedLine.categoryCode(d, item.category()), enterpriseId, answers, key, actor.username());
        return view(ticket(stored, actor));
    }

    /** Submits (or finds again, by the derived key) the ticket of {@code r} and stores its id on the request. */
    private StoredRequest ticket(StoredRequest r, Actor actor) {
        SpecialtyDefinition d = served.apply(r.lineId());
        String lineName = d == null ? r.lineId() : d.nameZh();
        String categoryName = r.category().substring(r.category().indexOf('.') + 1);
        Category category = d == null ? null : d.category(categoryName).orElse(null);
        TicketKind kind = category == null ? TicketKind.DEMAND : TicketKind.valueOf(category.kind());
        String title = lineName + "：" + r.itemNameZh();
        StringBuilder description = new StringBuilder(Texts.TEXTS.zh("ticket.description", lineName, r.itemNameZh(), r.id()));
        for (var a : r.answers()) {
            description.append('\n').append(a.get("labelZh")).append("：").append(a.get("displayZh"));
        }
        Channel channel = actor.has(Role.ENTERPRISE) ? Channel.ONLINE : Channel.WINDOW;
        Ticket t = tickets.submit(actor, new TicketSubmission(r.enterpriseId(), kind, channel,
                title.length() > 200 ? title.substring(0, 200) : title, description.toString(), null, null,
                d == null ? null : r.category()), TicketKeys.of(SpecialtyStore.SCHEMA_LINE_ID, RECORD_KIND, r.id()));
        store.setTicket(r.id(), t.id());
        return store.get(r.id()).orElseThrow();
    }

    /** Requests without a ticket get it now (at activation); answers how many were reconciled. */
    int reconcile() {
        int done = 0;
        for (StoredRequest r : store.withoutTicket()) {
            try {
                ticket(r, Actor.system("specialty-reconcile"));
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Specialty request {} of line {} still has no ticket: {}", r.id(), r.lineId(), e.toString());
            }
        }
        return done;
    }

    List<RequestView> list(Actor actor, String lineId, Long enterpriseId) {
        Long filter = LineAccess.enterpriseFilter(actor, enterpriseId);
        return store.list(lineId, filter, LIST_LIMIT).stream().map(this::view).toList();
    }

    RequestView get(Actor actor, String lineId, long id) {
        NotFoundException notFound = Texts.TEXTS.notFound("request.not-found", id);
        StoredRequest r = store.get(id).filter(x -> x.lineId().equals(lineId)).orElseThrow(() -> notFound);
        LineAccess.requireVisible(actor, r.enterpriseId(), notFound);
        return view(r);
    }

    Number measure(String lineId, Measure measure, String item) {
        List<StoredRequest> all = store.list(lineId, null, Integer.MAX_VALUE).stream()
                .filter(r -> item == null || r.item().equals(item)).toList();
        switch (measure) {
            case REQUESTS:
                return all.size();
            case ENTERPRISES:
                return all.stream().map(StoredRequest::enterpriseId).distinct().count();
            case RESOLVED:
                return resolved(all);
            case RESOLVED_RATE:
                return all.isEmpty() ? null : Math.round(1000.0 * resolved(all) / all.size()) / 10.0;
            default:
                return null;
        }
    }

    private long resolved(List<StoredRequest> all) {
        return all.stream().filter(r -> RESOLVED.contains(status(r))).count();
    }

    private TicketStatus status(StoredRequest r) {
        if (r.ticketId() == null) {
            return null;
        }
        try {
            return tickets.get(r.ticketId()).status();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private RequestView view(StoredRequest r) {
        return new RequestView(r.id(), r.lineId(), r.item(), r.itemNameZh(), r.itemNameEn(), r.category(),
                r.enterpriseId(), r.ticketId(), status(r), r.submittedBy(), r.createdAt(), r.answers());
    }
}
