package org.esip.line.volunteer.internal;

import static org.esip.line.volunteer.internal.VolunteerRules.TEXTS;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.TicketKeys;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.volunteer.api.RequestDraft;
import org.esip.line.volunteer.api.RequestService;
import org.esip.line.volunteer.api.VolunteerRequest;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enterprises asking for volunteer help: the request is stored first, then its ticket of category
 * {@code volunteer.request} is submitted with the key {@link TicketKeys} derives from it, and its id stored; requests
 * left without a ticket are submitted again (same key, never a second ticket) at activation and when listed.
 */
@Component(service = RequestService.class)
public class RequestServiceImpl implements RequestService {
    private static final Logger LOG = LoggerFactory.getLogger(RequestServiceImpl.class);
    private final EntityManagerFactory emf;
    private final EnterpriseService enterprises;
    private final TicketService tickets;

    @Activate
    public RequestServiceImpl(@Reference(target = "(osgi.unit.name=esip-volunteer)") EntityManagerFactory emf,
            @Reference VolunteerSchema schema, @Reference EnterpriseService enterprises,
            @Reference TicketService tickets) {
        this.emf = emf;
        this.enterprises = enterprises;
        this.tickets = tickets;
        try {
            int n = reconcile();
            if (n > 0) {
                LOG.info("Volunteer line: submitted the tickets of {} requests left without one", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Volunteer line: requests without a ticket are submitted on the next occasion: {}", e.toString());
        }
    }

    @Override
    public VolunteerRequest submit(Actor actor, RequestDraft draft, String idempotencyKey) {
        RequestDraft d = draft == null ? new RequestDraft(null, null, null, null) : draft;
        FieldChecks c = new FieldChecks(TEXTS);
        Long enterpriseId = null;
        try {
            enterpriseId = LineAccess.actingEnterprise(actor, d.enterpriseId(), "enterpriseId");
        } catch (ValidationException e) {
            c.required("enterpriseId", null);
        }
        Long eid = enterpriseId;
        if (eid != null && LineAccess.isMaintainer(actor)) {
            c.check("enterpriseId", VolunteerRegistryImpl.exists(() -> enterprises.get(eid)), "request.enterprise.unknown",
                    eid);
        }
        c.required("topic", d.topic()).maxLength("topic", d.topic(), 200)
                .required("description", d.description()).maxLength("description", d.description(), 2000)
                .maxLength("skills", d.skills(), 500)
                .maxLength("Idempotency-Key", idempotencyKey, 100).throwIfAny();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        RequestEntity stored = UnitOfWork.write(emf, em -> {
            if (key != null) {
                RequestEntity earlier = em.createQuery("SELECT r FROM RequestEntity r WHERE r.idempotencyKey = :k",
                        RequestEntity.class).setParameter("k", key).getResultStream().findFirst().orElse(null);
                if (earlier != null) {
                    return earlier;
                }
            }
            RequestEntity r = new RequestEntity();
            r.enterpriseId = eid;
            r.topic = d.topic().strip();
            r.description = d.description().strip();
            r.skills = VolunteerRules.strip(d.skills());
            r.idempotencyKey = key;
            r.createdBy = actor.username();
            r.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(r);
            em.flush();
            return r;
        });
        if (stored.ticketId == null) {
            ticketFor(actor, stored);
        }
        return toDto(stored);
    }

    /** Submits (or finds, by its key) the ticket of a request and stores its id on the request. */
    private void ticketFor(Actor actor, RequestEntity r) {
        Channel channel = actor.has(Role.ENTERPRISE) ? Channel.ONLINE : Channel.WINDOW;
        String title = TEXTS.zh("request.title", r.topic);
        Ticket t = tickets.submit(actor, new TicketSubmission(r.enterpriseId, TicketKind.DEMAND, channel,
                title.length() > 200 ? title.substring(0, 200) : title,
                r.description + (r.skills == null ? "" : "\n" + TEXTS.zh("request.skills", r.skills)), null, null,
                VolunteerLine.REQUEST_CATEGORY), TicketKeys.of(VolunteerLine.ID, "request", r.id));
        UnitOfWork.run(emf, em -> em.find(RequestEntity.class, r.id).ticketId = t.id());
        r.ticketId = t.id();
    }

    private static VolunteerRequest toDto(RequestEntity r) {
        return new VolunteerRequest(r.id, r.enterpriseId, r.topic, r.description, r.skills, r.ticketId, r.createdBy,
                VolunteerRules.instant(r.createdAt));
    }

    @Override
    public List<VolunteerRequest> list(Actor actor, Long enterpriseId) {
        Long filter = LineAccess.enterpriseFilter(actor, enterpriseId);
        reconcile();
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT r FROM RequestEntity r ORDER BY r.id DESC",
                RequestEntity.class).getResultList().stream()
                .filter(r -> filter == null || filter == r.enterpriseId).map(RequestServiceImpl::toDto).toList());
    }

    @Override
    public int reconcile() {
        List<RequestEntity> open = UnitOfWork.read(emf, em -> em.createQuery(
                "SELECT r FROM RequestEntity r WHERE r.ticketId IS NULL", RequestEntity.class).getResultList());
        for (RequestEntity r : open) {
            ticketFor(Actor.system("volunteer-line"), r);
        }
        return open.size();
    }
}
