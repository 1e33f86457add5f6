package org.esip.line.policy.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyApplication;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {
    private final EntityManagerFactory emf;
    private final PolicyService policies;
    private final TicketService tickets;
    private final EnterpriseService enterprises;
    private final NotificationService notifications;
    private final org.esip.line.policy.api.PolicyMatching matching;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ApplicationServiceImpl(@Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf,
            @Reference PolicySchema schema, @Reference PolicyService policies, @Reference TicketService tickets,
            @Reference EnterpriseService enterprises, @Reference NotificationService notifications,
            @Reference org.esip.line.policy.api.PolicyMatching matching) {
        this.matching = matching;
        this.emf = emf;
        this.policies = policies;
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.notifications = notifications;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** A published policy handled in {@code mode}, and no earlier application of this enterprise for it. */
    private Policy applicable(long policyId, long enterpriseId, BenefitRoute mode) {
        Policy p = policies.get(policyId);
        enterprises.get(enterpriseId);
        if (p.status() != PolicyStatus.PUBLISHED) {
            throw PolicyServiceImpl.conflict("application.not-published", "policyId", p.title(), p.status());
        }
        if (p.handlingMode() != mode) {
            throw PolicyServiceImpl.conflict("application.wrong-mode", "policyId", p.title(), p.handlingMode());
        }
        boolean applied = Transactions.read(emf, em -> !em.createQuery("SELECT a.id FROM ApplicationEntity a"
                + " WHERE a.policyId = :p AND a.enterpriseId = :e", Long.class).setParameter("p", policyId)
                .setParameter("e", enterpriseId).getResultList().isEmpty());
        if (applied) {
            throw PolicyServiceImpl.conflict("application.duplicate", "policyId", p.title());
        }
        return p;
    }

    @Override
    public PolicyApplication applyOnline(Actor actor, long policyId, long enterpriseId, String statement,
            String idempotencyKey) {
        Policy p = applicable(policyId, enterpriseId, BenefitRoute.ONLINE_APPLICATION);
        String note = statement == null || statement.isBlank() ? null : statement.strip();
        if (note != null && note.length() > 2000) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("statement", "field.too-long", 2000)));
        }
        String description = PolicyMessages.zh("application.description", p.title(),
                p.documentNumber() == null ? "—" : p.documentNumber(), String.join("；", p.materials()))
                + (note == null ? "" : "\n" + note);
        Channel channel = actor.has(Role.ENTERPRISE) ? Channel.ONLINE : Channel.WINDOW;
        String title = PolicyMessages.zh("application.title", p.title());
        // A ticket of the line's own category: its deadlines are the line's (or the platform's categoryDays).
        Ticket t = tickets.submit(actor, new TicketSubmission(enterpriseId, TicketKind.DEMAND, channel,
                title.length() > 200 ? title.substring(0, 200) : title, description, null, null,
                PolicyServiceLine.APPLICATION_CATEGORY), idempotencyKey);
        return Transactions.write(emf, em -> {
            ApplicationEntity a = new ApplicationEntity();
            a.policyId = policyId;
            a.enterpriseId = enterpriseId;
            a.mode = BenefitRoute.ONLINE_APPLICATION;
            a.ticketId = t.id();
            a.createdAt = now();
            a.updatedAt = a.createdAt;
            em.persist(a);
            em.flush();
            return toDto(a, p);
        });
    }

    @Override
    public PolicyApplication recordHandOff(Actor actor, long policyId, long enterpriseId, String reference, String link) {
        Policy p = applicable(policyId, enterpriseId, BenefitRoute.HAND_OFF);
        List<FieldViolation> v = new java.util.ArrayList<>();
        if (reference == null || reference.isBlank()) {
            v.add(PolicyMessages.violation("reference", "field.required"));
        } else if (reference.strip().length() > 100) {
            v.add(PolicyMessages.violation("reference", "field.too-long", 100));
        }
        if (link != null && !link.isBlank() && (!link.strip().matches("https?://\\S+") || link.strip().length() > 500)) {
            v.add(PolicyMessages.violation("link", "policy.url"));
        }
        if (!v.isEmpty()) {
            throw PolicyServiceImpl.invalid(v);
        }
        PolicyApplication a = Transactions.write(emf, em -> {
            ApplicationEntity e = new ApplicationEntity();
            e.policyId = policyId;
            e.enterpriseId = enterpriseId;
            e.mode = BenefitRoute.HAND_OFF;
            e.handOff = HandOffStatus.HANDED_OFF;
            e.reference = reference.strip();
            e.link = link == null || link.isBlank() ? null : link.strip();
            e.createdAt = now();
            e.updatedAt = e.createdAt;
            em.persist(e);
            em.flush();
            return toDto(e, p);
        });
        tell(a, p, HandOffStatus.HANDED_OFF, p.handOffSystem() + " " + a.reference());
        return a;
    }

    @Override
    public PolicyApplication updateHandOff(Actor actor, long applicationId, long version, HandOffStatus status,
            String outcome) {
        if (status == null) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("status", "field.required")));
        }
        boolean decided = status == HandOffStatus.APPROVED || status == HandOffStatus.REJECTED;
        if (status == HandOffStatus.REJECTED && (outcome == null || outcome.isBlank())) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("outcome", "application.reason-required")));
        }
        if (outcome != null && outcome.strip().length() > 2000) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("outcome", "field.too-long", 2000)));
        }
        PolicyApplication a = Transactions.write(emf, em -> {
            ApplicationEntity e = find(em, applicationId);
            if (e.version != version) {
                throw PolicyServiceImpl.conflict("application.stale", "version", e.id, e.version);
            }
            if (e.mode != BenefitRoute.HAND_OFF && e.mode != BenefitRoute.EXEMPT) {
                throw PolicyServiceImpl.conflict("application.not-hand-off", "mode", e.id);
            }
            if (!HandOffFlow.allowed(e.handOff, status)) {
                throw PolicyServiceImpl.conflict("application.transition", "status", e.handOff, status,
                        HandOffFlow.next(e.handOff));
            }
            e.handOff = status;
            if (outcome != null && !outcome.isBlank()) {
                e.outcome = outcome.strip();
            }
            e.updatedAt = now();
            em.flush();
            return toDto(e, policies.get(e.policyId));
        });
        tell(a, policies.get(a.policyId()), status, outcome == null || outcome.isBlank() ? (decided ? "—" : "") : outcome.strip());
        return a;
    }

    @Override
    public PolicyApplication confirmIntent(Actor actor, long policyId, long enterpriseId) {
        Policy p = applicable(policyId, enterpriseId, BenefitRoute.EXEMPT);
        org.esip.line.policy.api.MatchResult m = matching.explain(enterpriseId, policyId);
        if (m.verdict() != org.esip.line.policy.api.Verdict.ELIGIBLE) {
            List<org.esip.line.policy.api.ConditionResult> why = m.verdict() == org.esip.line.policy.api.Verdict.UNKNOWN
                    ? m.unknown() : m.failing();
            String zh = String.join("；", why.stream().map(org.esip.line.policy.api.ConditionResult::explanationZh).toList());
            String en = String.join("; ", why.stream().map(org.esip.line.policy.api.ConditionResult::explanationEn).toList());
            throw new org.esip.core.api.ConflictException("application.not-eligible", "policyId",
                    PolicyMessages.zh("application.not-eligible", p.title(), zh),
                    PolicyMessages.en("application.not-eligible", p.title(), en));
        }
        PolicyApplication a = Transactions.write(emf, em -> {
            ApplicationEntity e = new ApplicationEntity();
            e.policyId = policyId;
            e.enterpriseId = enterpriseId;
            e.mode = BenefitRoute.EXEMPT;
            e.handOff = HandOffStatus.CONFIRMED;
            e.createdAt = now();
            e.updatedAt = e.createdAt;
            em.persist(e);
            em.flush();
            return toDto(e, p);
        });
        tell(a, p, HandOffStatus.CONFIRMED, "");
        return a;
    }

    /** The enterprise hears of every step of its handed-off application (clause 5.2.1.4). */
    private void tell(PolicyApplication a, Policy p, HandOffStatus status, String detail) {
        String s = PolicyMessages.zh("handoff." + status);
        String sEn = PolicyMessages.en("handoff." + status);
        notifications.send(Recipient.enterprise(a.enterpriseId()), "policy.hand-off",
                PolicyMessages.zh("notice.hand-off.title", p.title(), s), PolicyMessages.en("notice.hand-off.title", p.title(), sEn),
                PolicyMessages.zh("notice.hand-off", p.title(), s, detail), PolicyMessages.en("notice.hand-off", p.title(), sEn, detail),
                null);
    }

    private static ApplicationEntity find(EntityManager em, long id) {
        ApplicationEntity e = em.find(ApplicationEntity.class, id);
        if (e == null) {
            throw new NotFoundException("application.not-found", PolicyMessages.zh("application.not-found", id),
                    PolicyMessages.en("application.not-found", id));
        }
        return e;
    }

    @Override
    public PolicyApplication get(long applicationId) {
        ApplicationEntity e = Transactions.read(emf, em -> find(em, applicationId));
        return toDto(e, policies.get(e.policyId));
    }

    @Override
    public List<PolicyApplication> list(Long enterpriseId, Long policyId) {
        // Built, not "(:e IS NULL OR …)": Derby refuses an untyped parameter in IS NULL.
        String where = (enterpriseId == null ? "" : " AND a.enterpriseId = :e") + (policyId == null ? "" : " AND a.policyId = :p");
        List<ApplicationEntity> found = Transactions.read(emf, em -> {
            var q = em.createQuery("SELECT a FROM ApplicationEntity a WHERE 1 = 1" + where + " ORDER BY a.id DESC",
                    ApplicationEntity.class);
            if (enterpriseId != null) {
                q.setParameter("e", enterpriseId);
            }
            if (policyId != null) {
                q.setParameter("p", policyId);
            }
            return q.getResultList();
        });
        java.util.Map<Long, Policy> byId = new java.util.HashMap<>();
        return found.stream().map(e -> toDto(e, byId.computeIfAbsent(e.policyId, policies::get))).toList();
    }

    private PolicyApplication toDto(ApplicationEntity e, Policy p) {
        String status = e.handOff == null ? null : e.handOff.name();
        String outcome = e.outcome;
        if (e.mode == BenefitRoute.ONLINE_APPLICATION && e.ticketId != null) {
            // An online application stands where its ticket stands, with its reason or result.
            Ticket t = tickets.get(e.ticketId);
            status = t.status().name();
            outcome = t.rejectReason() != null ? t.rejectReason() : t.result();
        }
        return new PolicyApplication(e.id, e.policyId, p.title(), e.enterpriseId, e.mode, status, e.ticketId,
                e.reference, e.link, outcome, e.createdAt.toInstant(ZoneOffset.UTC), e.updatedAt.toInstant(ZoneOffset.UTC),
                e.version);
    }

}
