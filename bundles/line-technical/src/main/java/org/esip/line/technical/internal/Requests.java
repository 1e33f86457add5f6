package org.esip.line.technical.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.TicketKeys;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.technical.api.RequestKind;
import org.esip.line.technical.api.ServiceRequest;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.ServiceDomain;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bookings of offers (clause 5.2.4.1) and consultations with experts (5.2.4.3), each a ticket of the closed loop
 * dispatched to the offering organisation or the expert, by the kit's rule ({@link TicketKeys}): the request is
 * stored first, its ticket submitted with a key derived from it, the ticket's id stored; requests left without a
 * ticket are submitted again at activation.
 */
@Component(service = Requests.class)
public class Requests {
    private static final Logger LOG = LoggerFactory.getLogger(Requests.class);
    /** The line's own steps on the ticket: acceptance and dispatch to the organisation or expert chosen. */
    private static final Actor LINE = Actor.system("technical-line");

    private final EntityManagerFactory emf;
    private final Offers offers;
    private final TicketService tickets;
    private final ExpertService experts;
    private final EnterpriseService enterprises;

    @Activate
    public Requests(@Reference(target = "(osgi.unit.name=esip-technical)") EntityManagerFactory emf,
            @Reference TechnicalSchema schema, @Reference Offers offers, @Reference TicketService tickets,
            @Reference ExpertService experts, @Reference EnterpriseService enterprises) {
        this.emf = emf;
        this.offers = offers;
        this.tickets = tickets;
        this.experts = experts;
        this.enterprises = enterprises;
    }

    /** Submits (and dispatches) the ticket of every request still without one; returns how many. */
    int reconcile() {
        List<Long> open = UnitOfWork.read(emf, em -> em.createQuery(
                "SELECT r.id FROM RequestEntity r WHERE r.ticketId IS NULL ORDER BY r.id", Long.class).getResultList());
        int done = 0;
        for (long id : open) {
            try {
                ticketFor(UnitOfWork.read(emf, em -> em.find(RequestEntity.class, id)));
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Technical line: request {} still has no ticket: {}", id, e.toString());
            }
        }
        if (done > 0) {
            LOG.info("Technical line: reconciled {} request(s) without a ticket", done);
        }
        return done;
    }

    private long enterprise(Actor actor, Long requested) {
        long id = LineAccess.actingEnterprise(actor, requested, "enterpriseId");
        try {
            enterprises.get(id);
        } catch (NotFoundException e) {
            throw Technical.TEXTS.invalid("enterpriseId", "enterprise.unknown", id);
        }
        return id;
    }

    private static void checkNote(String note, String clientKey) {
        new FieldChecks(Technical.TEXTS).maxLength("note", note, 2000).maxLength("Idempotency-Key", clientKey, 100)
                .throwIfAny();
    }

    /** Books an offer: refused (409/422 naming why) when the offer is not bookable now. */
    public ServiceRequest book(Actor actor, long offerId, Long enterpriseId, String note, String clientKey) {
        checkNote(note, clientKey);
        long enterprise = enterprise(actor, enterpriseId);
        OfferEntity offer = offers.entity(offerId);
        Organisation o = offers.organisationOf(offer);
        Optional<OfferRules.Refusal> refusal = OfferRules.refusal(offer.active, o, offer.qualificationType,
                offer.qualificationNumber, Technical.today());
        if (refusal.isPresent()) {
            OfferRules.Refusal r = refusal.get();
            throw r.unprocessable() ? Technical.TEXTS.unprocessable(r.key(), r.field(), r.args())
                    : Technical.TEXTS.conflict(r.key(), r.field(), r.args());
        }
        RequestEntity r = new RequestEntity();
        r.kind = RequestKind.BOOKING;
        r.offerId = offerId;
        r.organisationId = offer.organisationId;
        r.title = cut(Technical.TEXTS.zh("booking.title", offer.domain.nameZh(), offer.title, o.name()), 200);
        return store(actor, r, enterprise, note, clientKey);
    }

    /** Asks an expert of the pool for a consultation or an introduction (咨询、牵线). */
    public ServiceRequest consult(Actor actor, long expertId, Long enterpriseId, String topic, String note,
            String clientKey) {
        new FieldChecks(Technical.TEXTS).required("topic", topic).maxLength("topic", topic, 100).maxLength("note", note, 2000)
                .maxLength("Idempotency-Key", clientKey, 100).throwIfAny();
        long enterprise = enterprise(actor, enterpriseId);
        Expert e = expert(expertId);
        if (!e.inPool()) {
            throw Technical.TEXTS.conflict("expert.out-of-pool", "expertId", e.name());
        }
        RequestEntity r = new RequestEntity();
        r.kind = RequestKind.CONSULT;
        r.expertId = expertId;
        r.title = cut(Technical.TEXTS.zh("consult.title", e.name(), topic.strip()), 200);
        return store(actor, r, enterprise, note, clientKey);
    }

    Expert expert(long id) {
        Expert e;
        try {
            e = experts.get(id);
        } catch (NotFoundException x) {
            throw Technical.TEXTS.notFound("expert.not-found", id);
        }
        if (e.domains().stream().noneMatch(ServiceDomain::technical)) {
            throw Technical.TEXTS.notFound("expert.not-found", id);
        }
        return e;
    }

    private ServiceRequest store(Actor actor, RequestEntity r, long enterprise, String note, String clientKey) {
        String key = Technical.strip(clientKey);
        if (key != null) {
            Optional<RequestEntity> earlier = byClientKey(actor, key);
            if (earlier.isPresent()) {
                return ticketFor(earlier.get());
            }
        }
        r.enterpriseId = enterprise;
        r.note = Technical.strip(note);
        r.requestedBy = actor.username();
        r.staffRequest = !actor.has(Role.ENTERPRISE);
        r.clientKey = key;
        r.createdAt = Technical.now();
        RequestEntity stored;
        try {
            stored = UnitOfWork.write(emf, em -> {
                em.persist(r);
                em.flush();
                return r;
            });
        } catch (PersistenceException e) {
            // The same key at the same moment: the unique constraint decides, the first one wins.
            if (key != null) {
                Optional<RequestEntity> earlier = byClientKey(actor, key);
                if (earlier.isPresent()) {
                    return ticketFor(earlier.get());
                }
            }
            throw e;
        }
        return ticketFor(stored);
    }

    private Optional<RequestEntity> byClientKey(Actor actor, String key) {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT r FROM RequestEntity r WHERE r.requestedBy = :by"
                + " AND r.clientKey = :k", RequestEntity.class).setParameter("by", actor.username()).setParameter("k", key)
                .getResultList().stream().findFirst());
    }

    /**
     * The request's ticket: submitted with the key derived from the request (so a second call finds the same
     * ticket), stored on the request, and taken through acceptance to its organisation or expert.
     */
    ServiceRequest ticketFor(RequestEntity r) {
        if (r.ticketId != null) {
            return r.toDto();
        }
        Actor requester = new Actor(r.requestedBy, Set.of(r.staffRequest ? Role.STAFF : Role.ENTERPRISE),
                r.staffRequest ? null : r.enterpriseId, null, null);
        boolean booking = r.kind == RequestKind.BOOKING;
        String description = r.title + (r.note == null ? "" : "\n" + r.note);
        String domain = null;
        if (booking) {
            domain = UnitOfWork.read(emf, em -> em.find(OfferEntity.class, r.offerId)).domain.name();
        }
        TicketSubmission s = new TicketSubmission(r.enterpriseId, null, r.staffRequest ? Channel.WINDOW : Channel.ONLINE,
                r.title, description, null, domain, booking ? Technical.BOOKING_CATEGORY : Technical.CONSULT_CATEGORY);
        Ticket t = tickets.submit(requester, s, TicketKeys.of(Technical.ID, booking ? "booking" : "consult", r.id));
        RequestEntity saved = UnitOfWork.write(emf, em -> {
            RequestEntity e = em.find(RequestEntity.class, r.id);
            e.ticketId = t.id();
            return e;
        });
        dispatch(t, booking ? new Assignment(AssigneeKind.ORGANISATION, r.organisationId, null,
                Technical.TEXTS.zh("dispatch.booking")) : new Assignment(AssigneeKind.EXPERT, r.expertId, null,
                Technical.TEXTS.zh("dispatch.consult")));
        return saved.toDto();
    }

    /** Accepts the ticket and assigns it as asked; a step refused now leaves the ticket to staff, as any other. */
    private void dispatch(Ticket t, Assignment assignment) {
        try {
            Ticket current = t;
            if (current.status() == TicketStatus.SUBMITTED) {
                current = tickets.accept(LINE, current.id(), current.version(), Technical.TEXTS.zh("dispatch.accepted"));
            }
            if (current.status() == TicketStatus.ACCEPTED) {
                tickets.assign(LINE, current.id(), current.version(), assignment);
            }
        } catch (RuntimeException e) {
            LOG.warn("Technical line: ticket {} was not dispatched to {} {}: {}", t.id(), assignment.kind(),
                    assignment.id(), e.toString());
        }
    }

    public ServiceRequest get(Actor actor, long id) {
        RequestEntity r = UnitOfWork.read(emf, em -> em.find(RequestEntity.class, id));
        if (r == null || !visible(actor, r)) {
            throw Technical.TEXTS.notFound("request.not-found", id);
        }
        return r.toDto();
    }

    private static boolean visible(Actor actor, RequestEntity r) {
        return LineAccess.mayRead(actor, r.enterpriseId) || LineAccess.isOrganisation(actor, r.organisationId)
                || LineAccess.isExpert(actor, r.expertId);
    }

    /** Requests the caller may see, newest first: an enterprise its own, an organisation or expert what came to it. */
    public Page<ServiceRequest> list(Actor actor, RequestKind kind, Long enterpriseId, PageRequest page) {
        String who;
        Object whoValue;
        if (actor.has(Role.ORGANISATION) && !LineAccess.isReader(actor)) {
            who = "r.organisationId = :who";
            whoValue = actor.organisationId() == null ? -1L : actor.organisationId();
        } else if (actor.has(Role.EXPERT) && !LineAccess.isReader(actor)) {
            who = "r.expertId = :who";
            whoValue = actor.expertId() == null ? -1L : actor.expertId();
        } else {
            Long e = LineAccess.enterpriseFilter(actor, enterpriseId);
            who = e == null ? null : "r.enterpriseId = :who";
            whoValue = e;
        }
        String where = " WHERE r.id IS NOT NULL" + (who == null ? "" : " AND " + who) + (kind == null ? "" : " AND r.kind = :kind");
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT r FROM RequestEntity r" + where + " ORDER BY r.id DESC", RequestEntity.class);
            var n = em.createQuery("SELECT COUNT(r) FROM RequestEntity r" + where, Long.class);
            if (who != null) {
                q.setParameter("who", whoValue);
                n.setParameter("who", whoValue);
            }
            if (kind != null) {
                q.setParameter("kind", kind);
                n.setParameter("kind", kind);
            }
            List<ServiceRequest> items = q.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                    .getResultList().stream().map(RequestEntity::toDto).toList();
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    long count(RequestKind kind) {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(r) FROM RequestEntity r WHERE r.kind = :k",
                Long.class).setParameter("k", kind).getSingleResult());
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
