package org.esip.line.training.internal;

import static org.esip.line.training.internal.TrainingTexts.TEXTS;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.training.api.AudienceCheck;
import org.esip.line.training.api.Course;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.line.training.api.SessionMode;
import org.esip.line.training.api.SessionStatus;
import org.esip.line.training.api.SpeakerKind;
import org.esip.line.training.api.TrainingSession;
import org.esip.line.training.api.TrainingTopic;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseSize;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Courses and their sessions (clause 5.2.3.1): kept by staff, read by everyone. */
@Component(service = CourseCatalogue.class)
public class CourseCatalogue {
    static final int MAX_CAPACITY = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EntityManagerFactory emf;
    private final ExpertService experts;
    private final OrganisationService organisations;
    private final EnterpriseService enterprises;
    private final AuditService audit;
    Clock clock = Clock.systemUTC();

    @Activate
    public CourseCatalogue(@Reference(target = "(osgi.unit.name=esip-training)") EntityManagerFactory emf,
            @Reference TrainingSchema schema, @Reference ExpertService experts,
            @Reference OrganisationService organisations, @Reference EnterpriseService enterprises,
            @Reference AuditService audit) {
        this.emf = emf;
        this.experts = experts;
        this.organisations = organisations;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    EntityManagerFactory emf() {
        return emf;
    }

    Instant now() {
        return clock.instant();
    }

    // ---- courses ----

    Course createCourse(Actor actor, Drafts.CourseDraft d) {
        FieldChecks checks = new FieldChecks(TEXTS);
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        checks.required("title", d.title()).maxLength("title", Parse.text(d.title()), 200).required("topic", d.topic());
        TrainingTopic topic = Parse.enumValue(checks, TrainingTopic.class, "topic", d.topic());
        checks.maxLength("summary", d.summary(), 2000).throwIfAny();
        CourseEntity e = new CourseEntity();
        e.title = d.title().strip();
        e.topic = topic;
        e.summary = Parse.text(d.summary());
        e.createdAt = LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
        Course c = UnitOfWork.write(emf, em -> {
            em.persist(e);
            em.flush();
            return e.toDto();
        });
        audit.record(actor, "training-course-create", "training-course", String.valueOf(c.id()), c.title());
        return c;
    }

    List<Course> courses(TrainingTopic topic) {
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT c FROM CourseEntity c" + (topic == null ? "" : " WHERE c.topic = :topic")
                    + " ORDER BY c.id DESC", CourseEntity.class);
            if (topic != null) {
                q.setParameter("topic", topic);
            }
            return q.setMaxResults(1000).getResultList().stream().map(CourseEntity::toDto).toList();
        });
    }

    Course course(long id) {
        return UnitOfWork.read(emf, em -> course(em, id).toDto());
    }

    private static CourseEntity course(EntityManager em, long id) {
        CourseEntity c = em.find(CourseEntity.class, id);
        if (c == null) {
            throw TEXTS.notFound("training.course.not-found", id);
        }
        return c;
    }

    // ---- sessions ----

    TrainingSession createSession(Actor actor, Drafts.SessionDraft d) {
        SessionEntity e = new SessionEntity();
        Checked c = check(d, null);
        e.checkInCode = newCode();
        e.status = SessionStatus.SCHEDULED;
        e.createdAt = LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
        TrainingSession s = UnitOfWork.write(emf, em -> {
            c.applyTo(e);
            em.persist(e);
            em.flush();
            return dto(em, e);
        });
        audit.record(actor, "training-session-create", "training-session", String.valueOf(s.id()),
                s.courseTitle() + " " + s.startsAt());
        return s;
    }

    /** Replaces a session's fields if nobody changed it since {@code version}; more places move the waiting list up. */
    TrainingSession updateSession(Actor actor, long id, Drafts.SessionDraft d, Registrations registrations) {
        if (d != null && d.version() == null) {
            throw TEXTS.invalid("version", "field.required");
        }
        Checked c = check(d, id);
        TrainingSession s = UnitOfWork.write(emf, em -> {
            SessionEntity e = lockedSession(em, id);
            if (e.version != d.version()) {
                throw TEXTS.conflict("version.stale", "version");
            }
            if (e.status == SessionStatus.CANCELLED) {
                throw TEXTS.conflict("training.session.cancelled", "status");
            }
            long confirmed = count(em, id, RegistrationStatus.CONFIRMED);
            if (c.capacity < confirmed) {
                throw TEXTS.conflict("training.session.capacity-below-confirmed", "capacity", confirmed);
            }
            c.applyTo(e);
            registrations.moveUp(em, e);
            em.flush();
            return dto(em, e);
        });
        audit.record(actor, "training-session-update", "training-session", String.valueOf(id), s.startsAt().toString());
        return s;
    }

    /** The replay link of an online session, once it has been streamed. */
    TrainingSession setReplay(Actor actor, long id, String replayUrl) {
        new FieldChecks(TEXTS).required("replayUrl", replayUrl).maxLength("replayUrl", replayUrl, 500)
                .url("replayUrl", replayUrl).throwIfAny();
        TrainingSession s = UnitOfWork.write(emf, em -> {
            SessionEntity e = session(em, id);
            if (e.mode != SessionMode.ONLINE) {
                throw TEXTS.conflict("training.session.not-online", "mode");
            }
            e.replayUrl = replayUrl.strip();
            em.flush();
            return dto(em, e);
        });
        audit.record(actor, "training-session-replay", "training-session", String.valueOf(id), replayUrl);
        return s;
    }

    TrainingSession cancelSession(Actor actor, long id, String reason) {
        new FieldChecks(TEXTS).required("reason", reason).maxLength("reason", reason, 500).throwIfAny();
        TrainingSession s = UnitOfWork.write(emf, em -> {
            SessionEntity e = lockedSession(em, id);
            if (e.status == SessionStatus.CANCELLED) {
                throw TEXTS.conflict("training.session.cancelled", "status");
            }
            e.status = SessionStatus.CANCELLED;
            em.flush();
            return dto(em, e);
        });
        audit.record(actor, "training-session-cancel", "training-session", String.valueOf(id), reason.strip());
        return s;
    }

    TrainingSession session(long id) {
        return UnitOfWork.read(emf, em -> dto(em, session(em, id)));
    }

    /** The check-in code of a session (staff only: the code is what attendees show they are there). */
    String checkInCode(long id) {
        return UnitOfWork.read(emf, em -> session(em, id).checkInCode);
    }

    Page<TrainingSession> sessions(TrainingTopic topic, String regionPrefix, Instant from, Instant to, SessionMode mode,
            PageRequest page) {
        return UnitOfWork.read(emf, em -> {
            StringBuilder where = new StringBuilder(" FROM SessionEntity s, CourseEntity c WHERE c.id = s.courseId");
            Map<String, Object> params = new HashMap<>();
            if (topic != null) {
                where.append(" AND c.topic = :topic");
                params.put("topic", topic);
            }
            if (regionPrefix != null) {
                where.append(" AND s.regionCode LIKE :region");
                params.put("region", regionPrefix + "%");
            }
            if (from != null) {
                where.append(" AND s.endsAt >= :from");
                params.put("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            }
            if (to != null) {
                where.append(" AND s.startsAt < :to");
                params.put("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC));
            }
            if (mode != null) {
                where.append(" AND s.mode = :mode");
                params.put("mode", mode);
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
            TypedQuery<SessionEntity> q = em.createQuery("SELECT s" + where + " ORDER BY s.startsAt, s.id",
                    SessionEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                q.setParameter(k, v);
            });
            List<TrainingSession> items = new ArrayList<>();
            for (SessionEntity s : q.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList()) {
                items.add(dto(em, s));
            }
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    /** Whether an enterprise is in a session's audience, explained. */
    AudienceCheck audience(long sessionId, long enterpriseId) {
        Audience audience = UnitOfWork.read(emf, em -> session(em, sessionId).audience());
        return audience.check(sessionId, enterprise(enterpriseId, "enterpriseId"));
    }

    Enterprise enterprise(long id, String field) {
        try {
            return enterprises.get(id);
        } catch (NotFoundException e) {
            throw TEXTS.invalid(field, "training.enterprise.unknown", id);
        }
    }

    static SessionEntity session(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw TEXTS.notFound("training.session.not-found", id);
        }
        return s;
    }

    /** The session, locked for this unit of work: registrations and cancellations of one session queue up. */
    static SessionEntity lockedSession(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw TEXTS.notFound("training.session.not-found", id);
        }
        return s;
    }

    static long count(EntityManager em, long sessionId, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s AND r.status = :st",
                Long.class).setParameter("s", sessionId).setParameter("st", status).getSingleResult();
    }

    static TrainingSession dto(EntityManager em, SessionEntity s) {
        return s.toDto(course(em, s.courseId), (int) count(em, s.id, RegistrationStatus.CONFIRMED),
                (int) count(em, s.id, RegistrationStatus.WAITING));
    }

    private static String newCode() {
        StringBuilder b = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }

    /** A session draft checked field by field, ready to copy onto an entity. */
    private record Checked(long courseId, SessionMode mode, SpeakerKind speakerKind, long speakerId, String speakerName,
            String venue, String park, Long hostEnterpriseId, String liveUrl, String replayUrl, String regionCode,
            Instant startsAt, Instant endsAt, int capacity, List<String> regions, List<String> industries,
            List<String> sizes) {
        void applyTo(SessionEntity e) {
            e.courseId = courseId;
            e.mode = mode;
            e.speakerKind = speakerKind;
            e.speakerId = speakerId;
            e.speakerName = speakerName;
            e.venue = venue;
            e.park = park;
            e.hostEnterpriseId = hostEnterpriseId;
            e.liveUrl = liveUrl;
            e.replayUrl = replayUrl;
            e.regionCode = regionCode;
            e.startsAt = LocalDateTime.ofInstant(startsAt, ZoneOffset.UTC);
            e.endsAt = LocalDateTime.ofInstant(endsAt, ZoneOffset.UTC);
            e.capacity = capacity;
            e.audienceRegions = SessionEntity.join(regions);
            e.audienceIndustries = SessionEntity.join(industries);
            e.audienceSizes = SessionEntity.join(sizes);
        }
    }

    /** Every field of a session draft, each bad one named in one 400. */
    private Checked check(Drafts.SessionDraft d, Long id) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks checks = new FieldChecks(TEXTS);
        checks.required("courseId", d.courseId()).required("mode", d.mode()).required("speakerKind", d.speakerKind())
                .required("speakerId", d.speakerId()).required("regionCode", d.regionCode())
                .required("startsAt", d.startsAt()).required("endsAt", d.endsAt()).required("capacity", d.capacity());
        SessionMode mode = Parse.enumValue(checks, SessionMode.class, "mode", d.mode());
        SpeakerKind kind = Parse.enumValue(checks, SpeakerKind.class, "speakerKind", d.speakerKind());
        Instant starts = Parse.instant(checks, "startsAt", d.startsAt());
        Instant ends = Parse.instant(checks, "endsAt", d.endsAt());
        checks.after("endsAt", ends, starts);
        checks.check("endsAt", starts == null || ends == null || !ends.isAfter(starts.plus(Duration.ofDays(31))),
                "training.session.too-long");
        checks.range("capacity", d.capacity(), 1, MAX_CAPACITY);
        String region = Parse.text(d.regionCode());
        checks.check("regionCode", region == null || region.matches("\\d{6}"), "training.region-code");
        String venue = Parse.text(d.venue());
        String park = Parse.text(d.park());
        String live = Parse.text(d.liveUrl());
        String replay = Parse.text(d.replayUrl());
        checks.maxLength("venue", venue, 300).maxLength("park", park, 200).maxLength("liveUrl", live, 500)
                .url("liveUrl", live).maxLength("replayUrl", replay, 500).url("replayUrl", replay);
        if (mode == SessionMode.OFFLINE) {
            checks.check("venue", venue != null, "training.session.venue-required");
        } else if (mode == SessionMode.AT_ENTERPRISE) {
            checks.check("hostEnterpriseId", d.hostEnterpriseId() != null, "training.session.host-required");
        } else if (mode == SessionMode.ONLINE) {
            checks.check("liveUrl", live != null, "training.session.live-url-required");
        }
        checks.check("replayUrl", replay == null || mode == null || mode == SessionMode.ONLINE,
                "training.session.replay-online-only");
        List<String> regions = list(checks, "audienceRegions", d.audienceRegions(), "\\d{2,12}");
        List<String> industries = list(checks, "audienceIndustries", d.audienceIndustries(), "[A-T]\\d{0,4}");
        List<String> sizes = list(checks, "audienceSizes", d.audienceSizes(), "LARGE|MEDIUM|SMALL|MICRO");
        if (d.courseId() != null && UnitOfWork.read(emf, em -> em.find(CourseEntity.class, d.courseId())) == null) {
            checks.check("courseId", false, "training.course.unknown", d.courseId());
        }
        String speakerName = null;
        if (kind != null && d.speakerId() != null) {
            try {
                speakerName = kind == SpeakerKind.EXPERT ? experts.get(d.speakerId()).name()
                        : organisations.get(d.speakerId()).name();
            } catch (NotFoundException e) {
                checks.check("speakerId", false, "training.speaker.unknown", kind, d.speakerId());
            }
        }
        if (mode == SessionMode.AT_ENTERPRISE && d.hostEnterpriseId() != null) {
            try {
                enterprises.get(d.hostEnterpriseId());
            } catch (NotFoundException e) {
                checks.check("hostEnterpriseId", false, "training.enterprise.unknown", d.hostEnterpriseId());
            }
        }
        checks.throwIfAny();
        return new Checked(d.courseId(), mode, kind, d.speakerId(), speakerName,
                mode == SessionMode.ONLINE ? null : venue, mode == SessionMode.ONLINE ? null : park,
                mode == SessionMode.AT_ENTERPRISE ? d.hostEnterpriseId() : null, mode == SessionMode.ONLINE ? live : null,
                replay, region, starts, ends, d.capacity(), regions, industries, sizes);
    }

    private static List<String> list(FieldChecks checks, String field, List<String> values, String pattern) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            String s = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
            if (!s.matches(pattern)) {
                checks.check(field, false, "training.audience.invalid", v, pattern);
            } else if (!out.contains(s)) {
                out.add(s);
            }
        }
        checks.check(field, out.size() <= 20, "training.audience.too-many", 20);
        checks.check(field, String.join(",", out).length() <= ("audienceSizes".equals(field) ? 100 : 500),
                "training.audience.too-many", 20);
        return out;
    }

    /** The sizes an audience may name. */
    static List<String> sizes() {
        return Arrays.stream(EnterpriseSize.values()).map(Enum::name).toList();
    }
}
