package org.esip.line.training.internal;

import static org.esip.line.training.internal.TrainingTexts.TEXTS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.esip.core.api.Actor;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.TicketKeys;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.training.api.TrainingRequest;
import org.esip.line.training.api.TrainingTopic;
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
 * Requests for training at an enterprise (送培训进企业): the line's record first, then a ticket of category
 * {@code training.request} with the key {@link TicketKeys} derives from it, then the ticket's id on the record;
 * records left without a ticket are submitted again by the hourly check ({@link ReminderSchedule}, first run ten
 * minutes after the line starts, once its category is admitted) and by {@code esip:training-reconcile}.
 */
@Component(service = Requests.class)
public class Requests {
    static final String KIND = "request";
    private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

    private final CourseCatalogue catalogue;
    private final EntityManagerFactory emf;
    private final TicketService tickets;

    @Activate
    public Requests(@Reference CourseCatalogue catalogue, @Reference TicketService tickets) {
        this.catalogue = catalogue;
        this.emf = catalogue.emf();
        this.tickets = tickets;
    }

    TrainingRequest submit(Actor actor, long enterpriseId, Drafts.RequestDraft d, String idempotencyKey) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks checks = new FieldChecks(TEXTS);
        checks.required("topic", d.topic()).required("detail", d.detail()).maxLength("detail", d.detail(), 2000)
                .range("expectedAttendees", d.expectedAttendees(), 1, CourseCatalogue.MAX_CAPACITY)
                .maxLength("Idempotency-Key", idempotencyKey, 100);
        TrainingTopic topic = Parse.enumValue(checks, TrainingTopic.class, "topic", d.topic());
        LocalDate preferred = Parse.date(checks, "preferredDate", d.preferredDate());
        LocalDate today = LocalDate.ofInstant(catalogue.now(), Registrations.ZONE);
        checks.check("preferredDate", preferred == null || preferred.isAfter(today), "training.request.date-past");
        checks.throwIfAny();
        catalogue.enterprise(enterpriseId, "enterpriseId");
        String key = Parse.text(idempotencyKey);
        RequestEntity record = UnitOfWork.write(emf, em -> {
            if (key != null) {
                List<RequestEntity> earlier = em.createQuery("SELECT r FROM RequestEntity r WHERE r.idempotencyKey = :k",
                        RequestEntity.class).setParameter("k", key).getResultList();
                if (!earlier.isEmpty()) {
                    return earlier.get(0);
                }
            }
            RequestEntity r = new RequestEntity();
            r.enterpriseId = enterpriseId;
            r.topic = topic;
            r.detail = d.detail().strip();
            r.preferredDate = preferred;
            r.expectedAttendees = d.expectedAttendees();
            r.idempotencyKey = key;
            r.createdAt = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
            em.persist(r);
            em.flush();
            return r;
        });
        return withTicket(actor, record);
    }

    /** Submits the record's ticket (the same one again for the same record) and stores its id. */
    private TrainingRequest withTicket(Actor actor, RequestEntity r) {
        if (r.ticketId != null) {
            return r.toDto();
        }
        String description = r.detail + "\n" + TEXTS.zh("training.request.facts", r.topic.nameZh(),
                r.preferredDate == null ? "—" : r.preferredDate, r.expectedAttendees == null ? "—" : r.expectedAttendees);
        Ticket t = tickets.submit(actor, new TicketSubmission(r.enterpriseId, TicketKind.DEMAND, Channel.ONLINE,
                TEXTS.zh("training.request.title", r.topic.nameZh()), description, null, null,
                TrainingServiceLine.REQUEST_CATEGORY), TicketKeys.of(TrainingServiceLine.ID, KIND, r.id));
        return UnitOfWork.write(emf, em -> {
            RequestEntity e = em.find(RequestEntity.class, r.id);
            e.ticketId = t.id();
            em.flush();
            return e.toDto();
        });
    }

    /** Records still without a ticket are submitted again with the same key; returns how many. */
    int reconcile() {
        List<RequestEntity> open = UnitOfWork.read(emf, em -> em.createQuery("SELECT r FROM RequestEntity r"
                + " WHERE r.ticketId IS NULL", RequestEntity.class).setMaxResults(500).getResultList());
        int done = 0;
        for (RequestEntity r : open) {
            try {
                withTicket(Actor.system("training-line"), r);
                done++;
                LOG.info("Training request {} had no ticket: submitted again", r.id);
            } catch (RuntimeException e) {
                LOG.warn("Training request {} still without a ticket: {}", r.id, e.toString());
            }
        }
        return done;
    }

    List<TrainingRequest> list(Long enterpriseId) {
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT r FROM RequestEntity r" + (enterpriseId == null ? ""
                    : " WHERE r.enterpriseId = :e") + " ORDER BY r.id DESC", RequestEntity.class);
            if (enterpriseId != null) {
                q.setParameter("e", enterpriseId);
            }
            return q.setMaxResults(2000).getResultList().stream().map(RequestEntity::toDto).toList();
        });
    }
}
