package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.Pages;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.registry.internal.EnterpriseEntity;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TicketService.class)
public class TicketServiceImpl implements TicketService {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    private final Jpa jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public TicketServiceImpl(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Ticket submit(TicketSubmission s) {
        Violations v = new Violations();
        if (s == null) {
            v.add("body", "field.required").throwIfAny();
        }
        Long enterpriseId = v.requirePresent("enterpriseId", s.enterpriseId());
        TicketKind kind = v.requirePresent("kind", s.kind());
        Channel channel = v.requirePresent("channel", s.channel());
        String title = v.requireText("title", s.title(), TITLE_MAX);
        String description = v.requireText("description", s.description(), DESCRIPTION_MAX);
        return jpa.inTransaction(em -> {
            if (enterpriseId != null && em.find(EnterpriseEntity.class, enterpriseId) == null) {
                v.add("enterpriseId", "enterprise.unknown", Long.toString(enterpriseId));
            }
            v.throwIfAny();
            TicketEntity t = new TicketEntity(enterpriseId, kind, channel, title, description, Instant.now(clock));
            em.persist(t);
            em.flush();
            return t.toDto();
        });
    }

    @Override
    public Ticket get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(TicketEntity.class, id)))
                .map(TicketEntity::toDto)
                .orElseThrow(() -> new NotFoundException("ticket.not-found", Messages.zh("ticket.not-found", Long.toString(id)),
                        Messages.en("ticket.not-found", Long.toString(id))));
    }

    @Override
    public Page<Ticket> list(Long enterpriseId, PageRequest pageRequest) {
        PageRequest p = Pages.validate(pageRequest);
        String where = enterpriseId == null ? "" : " WHERE t.enterpriseId = :enterpriseId";
        return jpa.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TicketEntity t" + where, Long.class);
            TypedQuery<TicketEntity> query = em.createQuery(
                    "SELECT t FROM TicketEntity t" + where + " ORDER BY t.createdAt DESC, t.id DESC", TicketEntity.class);
            if (enterpriseId != null) {
                count.setParameter("enterpriseId", enterpriseId);
                query.setParameter("enterpriseId", enterpriseId);
            }
            List<Ticket> items = query.setFirstResult(p.page() * p.size()).setMaxResults(p.size())
                    .getResultList().stream().map(TicketEntity::toDto).toList();
            return new Page<>(items, p.page(), p.size(), count.getSingleResult());
        });
    }
}
