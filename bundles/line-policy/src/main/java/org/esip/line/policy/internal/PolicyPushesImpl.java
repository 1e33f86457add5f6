package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManagerFactory;

import org.esip.core.api.NotFoundException;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyPushes;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.PushReport;
import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = {PolicyPushes.class, PolicyListener.class}, configurationPid = PolicyLineConfig.PID)
public class PolicyPushesImpl implements PolicyPushes, PolicyListener {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyPushesImpl.class);
    private final EntityManagerFactory emf;
    private final PolicyMatching matching;
    private final NotificationService notifications;
    private final ApplicationService applications;
    private volatile int perWeek;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public PolicyPushesImpl(@Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf,
            @Reference PolicySchema schema, @Reference PolicyMatching matching,
            @Reference NotificationService notifications, @Reference ApplicationService applications,
            PolicyLineConfig config) {
        this.emf = emf;
        this.matching = matching;
        this.notifications = notifications;
        this.applications = applications;
        modified(config);
    }

    /** A new weekly push limit applies to the next push. */
    @Modified
    void modified(PolicyLineConfig config) {
        this.perWeek = config.pushesPerWeek();
    }

    @Override
    public void changed(Policy before, Policy after) {
        // Published, or a published policy changed: its matching re-runs and newly eligible enterprises hear of it
        // (never twice: push() skips those already told).
        if (after.status() == PolicyStatus.PUBLISHED) {
            if (matching instanceof PolicyListener m) {
                m.changed(before, after);
            }
            push(after);
        }
    }

    /** Sends the policy to every eligible enterprise not yet told of it, within the weekly cap. */
    void push(Policy p) {
        int sent = 0;
        int held = 0;
        for (long enterpriseId : matching.reachOf(p.id()).eligible()) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            boolean already = UnitOfWork.read(emf, em -> em.find(PushEntity.class,
                    new PushEntity.Key(p.id(), enterpriseId)) != null);
            if (already) {
                continue;
            }
            long thisWeek = UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(x) FROM PushEntity x WHERE"
                    + " x.enterpriseId = :e AND x.outcome = :sent AND x.pushedAt > :since", Long.class)
                    .setParameter("e", enterpriseId).setParameter("sent", PushEntity.SENT)
                    .setParameter("since", now.minusDays(7)).getSingleResult());
            PushEntity x = new PushEntity();
            x.policyId = p.id();
            x.enterpriseId = enterpriseId;
            x.pushedAt = now;
            if (thisWeek >= perWeek) {
                x.outcome = PushEntity.HELD_BACK;
                held++;
            } else {
                String benefit = p.benefit() == null ? "" : p.benefit();
                // 免申即享: the enterprise only confirms its intent.
                String body = p.handlingMode() == BenefitRoute.EXEMPT ? "notice.push.exempt" : "notice.push";
                Notification n = notifications.send(Recipient.enterprise(enterpriseId), "policy.push",
                        TEXTS.zh("notice.push.title", p.title()), TEXTS.en("notice.push.title", p.title()),
                        TEXTS.zh(body, p.title(), p.issuer(), benefit, p.id()),
                        TEXTS.en(body, p.title(), p.issuer(), benefit, p.id()), null);
                x.notificationId = n.id();
                x.outcome = PushEntity.SENT;
                sent++;
            }
            UnitOfWork.write(emf, em -> {
                em.persist(x);
                return null;
            });
        }
        LOG.info("Policy #{} pushed to {} enterprise(s); {} held back by the weekly cap of {}", p.id(), sent, held, perWeek);
    }

    @Override
    public PushReport reportOf(long policyId) {
        List<PushEntity> pushes = UnitOfWork.read(emf, em -> em.createQuery("SELECT x FROM PushEntity x WHERE"
                + " x.policyId = :p", PushEntity.class).setParameter("p", policyId).getResultList());
        List<Long> ids = pushes.stream().filter(x -> x.notificationId != null).map(x -> x.notificationId).toList();
        long read = notifications.find(ids).stream().filter(n -> n.readAt() != null).count();
        Set<Long> pushedTo = new HashSet<>();
        pushes.stream().filter(x -> PushEntity.SENT.equals(x.outcome)).forEach(x -> pushedTo.add(x.enterpriseId));
        long applied = applications.list(null, policyId).stream().filter(a -> pushedTo.contains(a.enterpriseId())).count();
        long pushed = pushedTo.size();
        long held = pushes.size() - pushed;
        long eligible;
        try {
            eligible = matching.reachOf(policyId).eligible().size();
        } catch (NotFoundException e) {
            eligible = 0;
        }
        return new PushReport(policyId, eligible, pushed, held, read, applied, pushed == 0 ? null : (double) read / pushed,
                pushed == 0 ? null : (double) applied / pushed);
    }
}
