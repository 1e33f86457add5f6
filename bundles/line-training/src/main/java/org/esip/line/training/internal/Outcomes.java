package org.esip.line.training.internal;

import static org.esip.line.training.internal.TrainingTexts.TEXTS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import javax.persistence.EntityManagerFactory;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.training.api.Evaluation;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.line.training.api.SessionStatus;
import org.esip.line.training.api.TrainingFigures;
import org.esip.line.training.api.TrainingNeed;
import org.esip.line.training.api.TrainingTopic;
import org.esip.ticketing.api.SatisfactionGrade;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Evaluation (clause 5.2.3.4) and training needs: what sessions achieved and what enterprises want next. */
@Component(service = Outcomes.class)
public class Outcomes {
    private final CourseCatalogue catalogue;
    private final EntityManagerFactory emf;
    private final AuditService audit;

    @Activate
    public Outcomes(@Reference CourseCatalogue catalogue, @Reference AuditService audit) {
        this.catalogue = catalogue;
        this.emf = catalogue.emf();
        this.audit = audit;
    }

    // ---- evaluations ----

    /** An enterprise whose attendee was there rates a session once it has ended: satisfaction and effect. */
    Evaluation evaluate(Actor actor, long sessionId, long enterpriseId, Drafts.EvaluationDraft d) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks checks = new FieldChecks(TEXTS);
        checks.required("satisfaction", d.satisfaction()).required("effect", d.effect());
        SatisfactionGrade grade = Parse.enumValue(checks, SatisfactionGrade.class, "satisfaction", d.satisfaction());
        checks.range("effect", d.effect(), 1, 5).maxLength("comment", d.comment(), 2000).throwIfAny();
        Instant now = catalogue.now();
        Evaluation e = UnitOfWork.write(emf, em -> {
            SessionEntity s = CourseCatalogue.session(em, sessionId);
            if (s.status == SessionStatus.CANCELLED) {
                throw TEXTS.conflict("training.session.cancelled", "status");
            }
            if (now.isBefore(s.ends())) {
                throw TEXTS.conflict("training.evaluation.not-ended", "sessionId", Registrations.local(s.ends()));
            }
            long attended = em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s"
                    + " AND r.enterpriseId = :e AND r.status = :c", Long.class).setParameter("s", sessionId)
                    .setParameter("e", enterpriseId).setParameter("c", RegistrationStatus.CONFIRMED).getSingleResult();
            if (attended == 0) {
                throw TEXTS.unprocessable("training.evaluation.not-registered", "enterpriseId");
            }
            boolean twice = !em.createQuery("SELECT v.id FROM EvaluationEntity v WHERE v.sessionId = :s"
                    + " AND v.enterpriseId = :e", Long.class).setParameter("s", sessionId).setParameter("e", enterpriseId)
                    .getResultList().isEmpty();
            if (twice) {
                throw TEXTS.conflict("training.evaluation.duplicate", "sessionId");
            }
            EvaluationEntity v = new EvaluationEntity();
            v.sessionId = sessionId;
            v.enterpriseId = enterpriseId;
            v.satisfaction = grade;
            v.effect = d.effect();
            v.comment = Parse.text(d.comment());
            v.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            em.persist(v);
            em.flush();
            return v.toDto();
        });
        audit.record(actor, "training-evaluate", "training-session", String.valueOf(sessionId),
                "enterprise " + enterpriseId + ": " + grade + ", effect " + d.effect());
        return e;
    }

    List<Evaluation> evaluations(Long sessionId, Long enterpriseId) {
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT v FROM EvaluationEntity v WHERE 1 = 1"
                    + (sessionId == null ? "" : " AND v.sessionId = :s")
                    + (enterpriseId == null ? "" : " AND v.enterpriseId = :e") + " ORDER BY v.id DESC",
                    EvaluationEntity.class);
            if (sessionId != null) {
                q.setParameter("s", sessionId);
            }
            if (enterpriseId != null) {
                q.setParameter("e", enterpriseId);
            }
            return q.setMaxResults(2000).getResultList().stream().map(EvaluationEntity::toDto).toList();
        });
    }

    // ---- indicators ----

    /** Which sessions the figures cover: held ones, narrowed by topic, region prefix, period or one session. */
    public record Filter(TrainingTopic topic, String regionPrefix, LocalDate from, LocalDate to, Long sessionId) {
        static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** One held session with what its figures are made of. */
    private record Held(SessionEntity session, TrainingTopic topic, long registrations, long attendances,
            List<SatisfactionGrade> grades, List<Integer> effects) {
    }

    private List<Held> held(Filter f) {
        LocalDateTime now = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
        return UnitOfWork.read(emf, em -> {
            List<Held> out = new ArrayList<>();
            List<Object[]> rows = em.createQuery("SELECT s, c.topic FROM SessionEntity s, CourseEntity c"
                    + " WHERE c.id = s.courseId AND s.status = :st AND s.endsAt <= :now ORDER BY s.id", Object[].class)
                    .setParameter("st", SessionStatus.SCHEDULED).setParameter("now", now).getResultList();
            for (Object[] row : rows) {
                SessionEntity s = (SessionEntity) row[0];
                TrainingTopic topic = (TrainingTopic) row[1];
                LocalDate day = s.starts().atZone(Registrations.ZONE).toLocalDate();
                if (f.topic() != null && f.topic() != topic || f.regionPrefix() != null && !s.regionCode.startsWith(
                        f.regionPrefix()) || f.from() != null && day.isBefore(f.from()) || f.to() != null
                        && day.isAfter(f.to()) || f.sessionId() != null && !f.sessionId().equals(s.id)) {
                    continue;
                }
                long registrations = CourseCatalogue.count(em, s.id, RegistrationStatus.CONFIRMED);
                long attendances = em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s"
                        + " AND r.status = :c AND r.checkedInAt IS NOT NULL", Long.class).setParameter("s", s.id)
                        .setParameter("c", RegistrationStatus.CONFIRMED).getSingleResult();
                List<EvaluationEntity> evaluations = em.createQuery("SELECT v FROM EvaluationEntity v"
                        + " WHERE v.sessionId = :s", EvaluationEntity.class).setParameter("s", s.id).getResultList();
                out.add(new Held(s, topic, registrations, attendances,
                        evaluations.stream().map(v -> v.satisfaction).toList(),
                        evaluations.stream().map(v -> v.effect).toList()));
            }
            return out;
        });
    }

    private static TrainingFigures sum(List<Held> held) {
        return Figures.of(held.size(), held.stream().mapToLong(Held::registrations).sum(),
                held.stream().mapToLong(Held::attendances).sum(),
                held.stream().flatMap(h -> h.grades().stream()).toList(),
                held.stream().flatMap(h -> h.effects().stream()).toList());
    }

    TrainingFigures figures(Filter f) {
        return sum(held(f));
    }

    /** The figures in total, by topic, by county (region code) and by month, for the statistics page. */
    public record Statistics(TrainingFigures total, Map<String, TrainingFigures> byTopic, Map<String, TrainingFigures> byRegion,
            Map<String, TrainingFigures> byMonth) {
    }

    Statistics statistics(Filter f) {
        List<Held> held = held(f);
        return new Statistics(sum(held), group(held, h -> h.topic().name()), group(held, h -> h.session().regionCode),
                group(held, h -> h.session().starts().atZone(Registrations.ZONE).toLocalDate().toString().substring(0, 7)));
    }

    private static Map<String, TrainingFigures> group(List<Held> held, Function<Held, String> key) {
        Map<String, List<Held>> groups = new TreeMap<>();
        for (Held h : held) {
            groups.computeIfAbsent(key.apply(h), k -> new ArrayList<>()).add(h);
        }
        Map<String, TrainingFigures> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, sum(v)));
        return out;
    }

    // ---- needs ----

    TrainingNeed addNeed(Actor actor, long enterpriseId, Drafts.NeedDraft d) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks checks = new FieldChecks(TEXTS);
        checks.required("topic", d.topic()).required("detail", d.detail()).maxLength("detail", d.detail(), 2000);
        TrainingTopic topic = Parse.enumValue(checks, TrainingTopic.class, "topic", d.topic());
        checks.throwIfAny();
        String region = catalogue.enterprise(enterpriseId, "enterpriseId").regionCode();
        TrainingNeed n = UnitOfWork.write(emf, em -> {
            NeedEntity e = new NeedEntity();
            e.enterpriseId = enterpriseId;
            e.regionCode = region;
            e.topic = topic;
            e.detail = d.detail().strip();
            e.createdAt = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
            em.persist(e);
            em.flush();
            return e.toDto();
        });
        audit.record(actor, "training-need", "training-need", String.valueOf(n.id()), topic.name());
        return n;
    }

    List<TrainingNeed> needs(Long enterpriseId, TrainingTopic topic, String regionPrefix) {
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT n FROM NeedEntity n" + (enterpriseId == null ? "" : " WHERE n.enterpriseId = :e")
                    + " ORDER BY n.id DESC", NeedEntity.class);
            if (enterpriseId != null) {
                q.setParameter("e", enterpriseId);
            }
            return q.setMaxResults(5000).getResultList();
        }).stream()
                .filter(n -> topic == null || n.topic == topic)
                .filter(n -> regionPrefix == null || n.regionCode != null && n.regionCode.startsWith(regionPrefix))
                .map(NeedEntity::toDto).toList();
    }

    /** Needs counted by topic, then by region (the enterprise's county), for planning sessions. */
    Map<String, Map<String, Long>> needSummary(String regionPrefix) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (TrainingNeed n : needs(null, null, regionPrefix)) {
            out.computeIfAbsent(n.topic().name(), k -> new TreeMap<>())
                    .merge(n.regionCode() == null ? "-" : n.regionCode(), 1L, Long::sum);
        }
        return out;
    }
}
