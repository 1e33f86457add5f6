package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyApplication;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.Verdict;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {
    private final EntityManagerFactory emf;
    private final PolicyService policies;
    private final TicketService tickets;
    private final EnterpriseService enterprises;
    private final NotificationService notifications;
    private final PolicyMatching matching;
    private final Clock clock = Clock.systemUTC();
    private final OnlineApplications.Store store = new JpaStore();
    private final OnlineApplications online;
    private final ScheduledExecutorService reconciler =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "esip-policy-application-reconcile");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public ApplicationServiceImpl(@Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf,
            @Reference PolicySchema schema, @Reference PolicyService policies, @Reference TicketService tickets,
            @Reference EnterpriseService enterprises, @Reference NotificationService notifications,
            @Reference PolicyMatching matching) {
        this.matching = matching;
        this.emf = emf;
        this.policies = policies;
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.online = new OnlineApplications(store, (a, submission, key) -> tickets.submit(a, submission, key).id());
        // After a short wait: the ticket service accepts the line's category once the line itself is admitted.
        reconciler.scheduleWithFixedDelay(this::reconcileQuietly, 5, 600, TimeUnit.SECONDS);
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ApplicationServiceImpl.class)
                    .warn("Reconciling online applications failed; tried again in ten minutes", e);
        }
    }

    @Deactivate
    void stop() {
        reconciler.shutdownNow();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** A published policy handled in {@code mode} (and the enterprise exists). */
    private Policy published(long policyId, long enterpriseId, BenefitRoute mode) {
        Policy p = policies.get(policyId);
        enterprises.get(enterpriseId);
        if (p.status() != PolicyStatus.PUBLISHED) {
            throw TEXTS.conflict("application.not-published", "policyId", p.title(), p.status());
        }
        if (p.handlingMode() != mode) {
            throw TEXTS.conflict("application.wrong-mode", "policyId", p.title(), p.handlingMode());
        }
        return p;
    }

    /** A published policy handled in {@code mode}, and no earlier application of this enterprise for it. */
    private Policy applicable(long policyId, long enterpriseId, BenefitRoute mode) {
        Policy p = published(policyId, enterpriseId, mode);
        if (store.find(policyId, enterpriseId).isPresent()) {
            throw duplicate(p);
        }
        return p;
    }

    private static RuntimeException duplicate(Policy p) {
        return TEXTS.conflict("application.duplicate", "policyId", p.title());
    }

    /**
     * Applies online (clause 5.2.1.3) by the line kit's TicketKeys rule ({@link OnlineApplications}): the application
     * first, then its ticket with a key derived from it, then the link; a retry (the same Idempotency-Key, or any
     * request for an application left without its ticket) completes and answers the same application.
     */
    @Override
    public PolicyApplication applyOnline(Actor actor, long policyId, long enterpriseId, String statement,
            String idempotencyKey) {
        String note = statement == null || statement.isBlank() ? null : statement.strip();
        new FieldChecks(TEXTS).maxLength("statement", note, 2000)
                .maxLength("Idempotency-Key", idempotencyKey == null ? null : idempotencyKey.strip(), 100).throwIfAny();
        Policy p = published(policyId, enterpriseId, BenefitRoute.ONLINE_APPLICATION);
        String description = TEXTS.zh("application.description", p.title(),
                p.documentNumber() == null ? "—" : p.documentNumber(), String.join("；", p.materials()))
                + (note == null ? "" : "\n" + note);
        Channel channel = actor.has(Role.ENTERPRISE) ? Channel.ONLINE : Channel.WINDOW;
        String title = TEXTS.zh("application.title", p.title());
        // A ticket of the line's own category: its deadlines are the line's (or the platform's categoryDays).
        long id = online.apply(actor, policyId, enterpriseId, channel, title.length() > 200 ? title.substring(0, 200) : title,
                description.length() > 4000 ? description.substring(0, 4000) : description, idempotencyKey,
                () -> duplicate(p));
        return get(id);
    }

    /** Online applications left without their ticket get it (at activation, then every ten minutes). */
    int reconcile() {
        return online.reconcile();
    }

    /** The line's applications as {@link OnlineApplications} needs them, each write its own unit of work. */
    private final class JpaStore implements OnlineApplications.Store {
        @Override
        public Optional<OnlineApplications.Applied> find(long policyId, long enterpriseId) {
            return UnitOfWork.read(emf, em -> em.createQuery("SELECT a FROM ApplicationEntity a"
                    + " WHERE a.policyId = :p AND a.enterpriseId = :e", ApplicationEntity.class).setParameter("p", policyId)
                    .setParameter("e", enterpriseId).getResultList().stream().findFirst().map(JpaStore::applied));
        }

        @Override
        public long insert(OnlineApplications.Applied a) {
            return UnitOfWork.write(emf, em -> {
                ApplicationEntity e = new ApplicationEntity();
                e.policyId = a.policyId();
                e.enterpriseId = a.enterpriseId();
                e.mode = BenefitRoute.ONLINE_APPLICATION;
                e.appliedBy = a.appliedBy();
                e.appliedRoles = a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
                e.channel = a.channel();
                e.ticketTitle = a.title();
                e.ticketText = a.text();
                e.clientKey = a.clientKey();
                e.createdAt = now();
                e.updatedAt = e.createdAt;
                em.persist(e);
                em.flush();
                return e.id;
            });
        }

        @Override
        public void attach(long applicationId, long ticketId) {
            UnitOfWork.run(emf, em -> {
                ApplicationEntity e = ApplicationServiceImpl.find(em, applicationId);
                if (e.ticketId == null) {
                    e.ticketId = ticketId;
                    e.updatedAt = now();
                }
            });
        }

        @Override
        public List<OnlineApplications.Applied> withoutTicket() {
            return UnitOfWork.read(emf, em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.mode = :m"
                    + " AND a.ticketId IS NULL ORDER BY a.id", ApplicationEntity.class)
                    .setParameter("m", BenefitRoute.ONLINE_APPLICATION).getResultList().stream()
                    .map(JpaStore::applied).toList());
        }

        private static OnlineApplications.Applied applied(ApplicationEntity e) {
            Set<Role> roles = e.appliedRoles == null || e.appliedRoles.isBlank() ? Set.of()
                    : Arrays.stream(e.appliedRoles.split(",")).map(Role::valueOf)
                            .collect(Collectors.toSet());
            return new OnlineApplications.Applied(e.id, e.policyId, e.enterpriseId, e.mode == BenefitRoute.ONLINE_APPLICATION,
                    e.appliedBy, roles, e.channel, e.ticketTitle, e.ticketText, e.clientKey, e.ticketId);
        }
    }

    @Override
    public PolicyApplication recordHandOff(Actor actor, long policyId, long enterpriseId, String reference, String link) {
        Policy p = applicable(policyId, enterpriseId, BenefitRoute.HAND_OFF);
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        String url = link == null || link.isBlank() ? null : link.strip();
        new FieldChecks(TEXTS).required("reference", ref).maxLength("reference", ref, 100)
                .check("link", url == null || url.matches("https?://\\S+") && url.length() <= 500, "policy.url")
                .throwIfAny();
        PolicyApplication a = UnitOfWork.write(emf, em -> {
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
        new FieldChecks(TEXTS).required("status", status)
                .check("outcome", status != HandOffStatus.REJECTED || outcome != null && !outcome.isBlank(),
                        "application.reason-required")
                .maxLength("outcome", outcome == null ? null : outcome.strip(), 2000).throwIfAny();
        boolean decided = status == HandOffStatus.APPROVED || status == HandOffStatus.REJECTED;
        PolicyApplication a = UnitOfWork.write(emf, em -> {
            ApplicationEntity e = find(em, applicationId);
            if (e.version != version) {
                throw TEXTS.conflict("application.stale", "version", e.id, e.version);
            }
            if (e.mode != BenefitRoute.HAND_OFF && e.mode != BenefitRoute.EXEMPT) {
                throw TEXTS.conflict("application.not-hand-off", "mode", e.id);
            }
            if (!HandOffFlow.allowed(e.handOff, status)) {
                throw TEXTS.conflict("application.transition", "status", e.handOff, status,
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
        MatchResult m = matching.explain(enterpriseId, policyId);
        if (m.verdict() != Verdict.ELIGIBLE) {
            List<ConditionResult> why = m.verdict() == Verdict.UNKNOWN
                    ? m.unknown() : m.failing();
            String zh = String.join("；", why.stream().map(ConditionResult::explanationZh).toList());
            String en = String.join("; ", why.stream().map(ConditionResult::explanationEn).toList());
            throw new ConflictException("application.not-eligible", "policyId",
                    TEXTS.zh("application.not-eligible", p.title(), zh),
                    TEXTS.en("application.not-eligible", p.title(), en));
        }
        PolicyApplication a = UnitOfWork.write(emf, em -> {
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
        String s = TEXTS.zh("handoff." + status);
        String sEn = TEXTS.en("handoff." + status);
        notifications.send(Recipient.enterprise(a.enterpriseId()), "policy.hand-off",
                TEXTS.zh("notice.hand-off.title", p.title(), s), TEXTS.en("notice.hand-off.title", p.title(), sEn),
                TEXTS.zh("notice.hand-off", p.title(), s, detail), TEXTS.en("notice.hand-off", p.title(), sEn, detail),
                null);
    }

    private static ApplicationEntity find(EntityManager em, long id) {
        ApplicationEntity e = em.find(ApplicationEntity.class, id);
        if (e == null) {
            throw TEXTS.notFound("application.not-found", id);
        }
        return e;
    }

    @Override
    public PolicyApplication get(long applicationId) {
        ApplicationEntity e = UnitOfWork.read(emf, em -> find(em, applicationId));
        return toDto(e, policies.get(e.policyId));
    }

    @Override
    public List<PolicyApplication> list(Long enterpriseId, Long policyId) {
        // Built, not "(:e IS NULL OR …)": Derby refuses an untyped parameter in IS NULL.
        String where = (enterpriseId == null ? "" : " AND a.enterpriseId = :e") + (policyId == null ? "" : " AND a.policyId = :p");
        List<ApplicationEntity> found = UnitOfWork.read(emf, em -> {
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
        Map<Long, Policy> byId = new HashMap<>();
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
