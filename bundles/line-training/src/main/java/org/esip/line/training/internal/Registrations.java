package org.esip.line.training.internal;

import static org.esip.line.training.internal.TrainingTexts.TEXTS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.training.api.AudienceCheck;
import org.esip.line.training.api.Registration;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.line.training.api.SessionMode;
import org.esip.line.training.api.SessionStatus;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registrations (clause 5.2.3.2): an enterprise registers attendees for a session; beyond its capacity they wait
 * and move up, oldest first, when a place is given back; reminders the day before; check-in and attendance
 * (5.2.3.3).
 */
@Component(service = Registrations.class)
public class Registrations {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_ATTENDEES = 50;
    private static final Logger LOG = LoggerFactory.getLogger(Registrations.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final CourseCatalogue catalogue;
    private final EntityManagerFactory emf;
    private final NotificationService notifications;
    private final SpreadsheetReader spreadsheets;
    private final AuditService audit;

    @Activate
    public Registrations(@Reference CourseCatalogue catalogue, @Reference NotificationService notifications,
            @Reference SpreadsheetReader spreadsheets, @Reference AuditService audit) {
        this.catalogue = catalogue;
        this.emf = catalogue.emf();
        this.notifications = notifications;
        this.spreadsheets = spreadsheets;
        this.audit = audit;
    }

    /** A notification that could not be sent is logged; what it announces is stored already. */
    private void tell(long enterpriseId, String topic, String key, Object... args) {
        try {
            notifications.send(Recipient.enterprise(enterpriseId), topic, TEXTS.zh(key + ".title", args),
                    TEXTS.en(key + ".title", args), TEXTS.zh(key + ".body", args), TEXTS.en(key + ".body", args), null);
        } catch (RuntimeException e) {
            LOG.warn("Training notification {} to enterprise {} not sent: {}", topic, enterpriseId, e.toString());
        }
    }

    /**
     * Registers attendees of enterprise {@code enterpriseId}, all or none: each gets a place while there is one,
     * the rest wait. An enterprise registers until the session starts; staff may also record registrations later.
     */
    List<Registration> register(Actor actor, long sessionId, long enterpriseId, Drafts.RegistrationDraft d) {
        List<Drafts.Attendee> attendees = checkAttendees(d);
        var enterprise = catalogue.enterprise(enterpriseId, "enterpriseId");
        Instant now = catalogue.now();
        List<Registration> stored = UnitOfWork.write(emf, em -> {
            SessionEntity s = CourseCatalogue.lockedSession(em, sessionId);
            if (s.status == SessionStatus.CANCELLED) {
                throw TEXTS.conflict("training.session.cancelled", "status");
            }
            if (!now.isBefore(s.starts()) && !LineAccess.isMaintainer(actor)) {
                throw TEXTS.conflict("training.registration.closed", "sessionId", local(s.starts()));
            }
            AudienceCheck fit = s.audience().check(sessionId, enterprise);
            if (!fit.fits()) {
                String why = fit.conditions().stream().filter(c -> Audience.NOT_MET.equals(c.result()))
                        .map(AudienceCheck.Condition::explanationZh).reduce((a, b) -> a + "；" + b).orElse("");
                throw TEXTS.unprocessable("training.audience.not-met", "enterpriseId", why);
            }
            List<String> active = em.createQuery("SELECT r.attendeePhone FROM RegistrationEntity r WHERE r.sessionId = :s"
                    + " AND r.status <> :cancelled", String.class).setParameter("s", sessionId)
                    .setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
            for (int i = 0; i < attendees.size(); i++) {
                if (active.contains(attendees.get(i).phone())) {
                    throw TEXTS.conflict("training.registration.duplicate", "attendees[" + i + "].phone",
                            attendees.get(i).phone());
                }
            }
            long free = s.capacity - CourseCatalogue.count(em, sessionId, RegistrationStatus.CONFIRMED);
            List<RegistrationEntity> made = new ArrayList<>();
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            for (Drafts.Attendee a : attendees) {
                RegistrationEntity r = new RegistrationEntity();
                r.sessionId = sessionId;
                r.enterpriseId = enterpriseId;
                r.attendeeName = a.name();
                r.attendeePhone = a.phone();
                r.registeredAt = at;
                r.status = free-- > 0 ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
                r.confirmedAt = r.status == RegistrationStatus.CONFIRMED ? at : null;
                em.persist(r);
                made.add(r);
            }
            em.flush();
            List<Registration> out = new ArrayList<>();
            for (RegistrationEntity r : made) {
                out.add(r.toDto(position(em, r)));
            }
            return out;
        });
        audit.record(actor, "training-register", "training-session", String.valueOf(sessionId),
                "enterprise " + enterpriseId + ": " + stored.size() + " attendee(s)");
        return stored;
    }

    static List<Drafts.Attendee> checkAttendees(Drafts.RegistrationDraft d) {
        FieldChecks checks = new FieldChecks(TEXTS);
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        checks.required("attendees", d.attendees());
        checks.check("attendees", d.attendees() == null || d.attendees().size() <= MAX_ATTENDEES,
                "training.registration.too-many", MAX_ATTENDEES);
        List<Drafts.Attendee> out = new ArrayList<>();
        Set<String> phones = new HashSet<>();
        List<Drafts.Attendee> given = d.attendees() == null ? List.of() : d.attendees();
        for (int i = 0; i < given.size() && i < MAX_ATTENDEES; i++) {
            Drafts.Attendee a = given.get(i);
            String name = a == null ? null : Parse.text(a.name());
            String phone = a == null ? null : Parse.text(a.phone());
            String p = "attendees[" + i + "].";
            checks.required(p + "name", name).maxLength(p + "name", name, 50).required(p + "phone", phone);
            if (phone != null) {
                phone = phone.replace(" ", "").replace("-", "");
                checks.check(p + "phone", phone.matches("1[3-9]\\d{9}|0\\d{9,11}"), "training.phone");
                checks.check(p + "phone", phones.add(phone), "training.registration.duplicate-in-request", phone);
            }
            out.add(new Drafts.Attendee(name, phone));
        }
        checks.throwIfAny();
        return out;
    }

    /** A place given back: the attendee no longer comes; the first on the waiting list moves up. */
    Registration cancel(Actor actor, long registrationId) {
        Instant now = catalogue.now();
        Registration r = UnitOfWork.write(emf, em -> {
            RegistrationEntity found = find(em, registrationId, actor);
            SessionEntity s = CourseCatalogue.lockedSession(em, found.sessionId);
            RegistrationEntity e = found;
            em.refresh(e);
            if (e.status == RegistrationStatus.CANCELLED) {
                throw TEXTS.conflict("training.registration.cancelled", "status");
            }
            if (!now.isBefore(s.starts())) {
                throw TEXTS.conflict("training.registration.started", "status", local(s.starts()));
            }
            e.status = RegistrationStatus.CANCELLED;
            e.cancelledAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            em.flush();
            moveUp(em, s);
            return e.toDto(null);
        });
        audit.record(actor, "training-cancel", "training-registration", String.valueOf(registrationId),
                r.attendeeName());
        return r;
    }

    /**
     * Fills the session's free places from its waiting list, oldest registration first, and tells each
     * enterprise whose attendee moved up. Runs in the caller's unit of work, with the session locked.
     */
    void moveUp(EntityManager em, SessionEntity s) {
        long free = s.capacity - CourseCatalogue.count(em, s.id, RegistrationStatus.CONFIRMED);
        if (free <= 0) {
            return;
        }
        List<RegistrationEntity> waiting = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s"
                + " AND r.status = :w ORDER BY r.registeredAt, r.id", RegistrationEntity.class)
                .setParameter("s", s.id).setParameter("w", RegistrationStatus.WAITING).setMaxResults((int) free)
                .getResultList();
        LocalDateTime at = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
        for (RegistrationEntity w : waiting) {
            w.status = RegistrationStatus.CONFIRMED;
            w.confirmedAt = at;
            tell(w.enterpriseId, "training.moved-up", "training.notice.moved-up", w.attendeeName, local(s.starts()));
        }
        em.flush();
    }

    private static Integer position(EntityManager em, RegistrationEntity r) {
        if (r.status != RegistrationStatus.WAITING) {
            return null;
        }
        return 1 + em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s AND r.status = :w"
                + " AND (r.registeredAt < :at OR (r.registeredAt = :at AND r.id < :id))", Long.class)
                .setParameter("s", r.sessionId).setParameter("w", RegistrationStatus.WAITING)
                .setParameter("at", r.registeredAt).setParameter("id", r.id).getSingleResult().intValue();
    }

    /** A registration the actor may see; another enterprise's is not found. */
    private static RegistrationEntity find(EntityManager em, long id, Actor actor) {
        RegistrationEntity r = em.find(RegistrationEntity.class, id);
        if (r == null) {
            throw TEXTS.notFound("training.registration.not-found", id);
        }
        LineAccess.requireVisible(actor, r.enterpriseId, TEXTS.notFound("training.registration.not-found", id));
        return r;
    }

    Registration get(Actor actor, long id) {
        return UnitOfWork.read(emf, em -> {
            RegistrationEntity r = find(em, id, actor);
            return r.toDto(position(em, r));
        });
    }

    List<Registration> list(Long sessionId, Long enterpriseId, RegistrationStatus status) {
        return UnitOfWork.read(emf, em -> {
            StringBuilder q = new StringBuilder("SELECT r FROM RegistrationEntity r WHERE 1 = 1");
            if (sessionId != null) {
                q.append(" AND r.sessionId = :s");
            }
            if (enterpriseId != null) {
                q.append(" AND r.enterpriseId = :e");
            }
            if (status != null) {
                q.append(" AND r.status = :st");
            }
            var query = em.createQuery(q + " ORDER BY r.sessionId DESC, r.registeredAt, r.id", RegistrationEntity.class);
            if (sessionId != null) {
                query.setParameter("s", sessionId);
            }
            if (enterpriseId != null) {
                query.setParameter("e", enterpriseId);
            }
            if (status != null) {
                query.setParameter("st", status);
            }
            List<Registration> out = new ArrayList<>();
            for (RegistrationEntity r : query.setMaxResults(2000).getResultList()) {
                out.add(r.toDto(position(em, r)));
            }
            return out;
        });
    }

    // ---- attendance (5.2.3.3) ----

    /** An attendee checks in with the session's code and the phone it registered with. */
    Registration checkIn(Actor actor, long sessionId, Drafts.CheckInDraft d) {
        FieldChecks checks = new FieldChecks(TEXTS);
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        String code = Parse.text(d.code());
        String phone = Parse.text(d.phone());
        checks.required("code", code).maxLength("code", code, 12).required("phone", phone).maxLength("phone", phone, 20)
                .throwIfAny();
        Registration r = UnitOfWork.write(emf, em -> {
            SessionEntity s = CourseCatalogue.session(em, sessionId);
            if (!s.checkInCode.equalsIgnoreCase(code)) {
                throw TEXTS.invalid("code", "training.check-in.wrong-code");
            }
            List<RegistrationEntity> found = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s"
                    + " AND r.attendeePhone = :p AND r.status <> :c", RegistrationEntity.class).setParameter("s", sessionId)
                    .setParameter("p", phone.replace(" ", "").replace("-", ""))
                    .setParameter("c", RegistrationStatus.CANCELLED).getResultList();
            if (found.isEmpty() || !LineAccess.mayRead(actor, found.get(0).enterpriseId)) {
                throw TEXTS.unprocessable("training.check-in.not-registered", "phone");
            }
            return checkIn(em, s, found.get(0), "CODE");
        });
        audit.record(actor, "training-check-in", "training-registration", String.valueOf(r.id()), "CODE");
        return r;
    }

    /** Staff check an attendee in at the door. */
    Registration staffCheckIn(Actor actor, long registrationId) {
        Registration r = UnitOfWork.write(emf, em -> {
            RegistrationEntity e = find(em, registrationId, actor);
            return checkIn(em, CourseCatalogue.session(em, e.sessionId), e, "STAFF");
        });
        audit.record(actor, "training-check-in", "training-registration", String.valueOf(registrationId), "STAFF");
        return r;
    }

    private Registration checkIn(EntityManager em, SessionEntity s, RegistrationEntity r, String method) {
        Instant now = catalogue.now();
        if (s.status == SessionStatus.CANCELLED) {
            throw TEXTS.conflict("training.session.cancelled", "status");
        }
        if (!CheckInWindow.isOpen(s.starts(), s.ends(), now)) {
            throw TEXTS.conflict("training.check-in.outside-window", "sessionId", local(CheckInWindow.opensAt(s.starts())),
                    local(s.ends()));
        }
        if (r.status != RegistrationStatus.CONFIRMED) {
            throw TEXTS.conflict("training.check-in.not-confirmed", "status", r.status);
        }
        if (r.checkedInAt == null) {
            r.checkedInAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            r.checkInMethod = method;
            em.flush();
        }
        return r.toDto(null);
    }

    /** What an attendance-list import did. */
    public record AttendanceImport(int rows, int checkedIn, int alreadyCheckedIn) {
    }

    /**
     * Online attendance from the live-stream channel's attendance list (CSV or XLSX), all or nothing: each row names
     * an attendee by phone (手机/电话/phone) or, failing that, by name (姓名/name); a row that matches no confirmed
     * registration of the session is an error of its row.
     */
    AttendanceImport importAttendance(Actor actor, long sessionId, byte[] content, TableFormat format) {
        if (format == null) {
            throw TEXTS.invalid("file", "training.import.format");
        }
        Spreadsheet sheet = spreadsheets.read(content, format);
        String phoneColumn = column(sheet, "手机", "手机号", "电话", "phone", "mobile");
        String nameColumn = column(sheet, "姓名", "name");
        if (phoneColumn == null && nameColumn == null) {
            throw TEXTS.invalid("file", "training.import.columns");
        }
        AttendanceImport result = UnitOfWork.write(emf, em -> {
            SessionEntity s = CourseCatalogue.lockedSession(em, sessionId);
            if (s.mode != SessionMode.ONLINE) {
                throw TEXTS.conflict("training.session.not-online", "mode");
            }
            if (catalogue.now().isBefore(s.starts())) {
                throw TEXTS.conflict("training.import.not-started", "sessionId", local(s.starts()));
            }
            List<RegistrationEntity> confirmed = em.createQuery("SELECT r FROM RegistrationEntity r"
                    + " WHERE r.sessionId = :s AND r.status = :c", RegistrationEntity.class).setParameter("s", sessionId)
                    .setParameter("c", RegistrationStatus.CONFIRMED).getResultList();
            List<FieldViolation> errors = new ArrayList<>();
            Map<Long, RegistrationEntity> matched = new LinkedHashMap<>();
            for (Spreadsheet.Row row : sheet.rows()) {
                String phone = phoneColumn == null ? null : Parse.text(row.cells().get(phoneColumn));
                String name = nameColumn == null ? null : Parse.text(row.cells().get(nameColumn));
                List<RegistrationEntity> hits;
                if (phone != null) {
                    String p = phone.replace(" ", "").replace("-", "");
                    hits = confirmed.stream().filter(r -> r.attendeePhone.equals(p)).toList();
                } else if (name != null) {
                    hits = confirmed.stream().filter(r -> r.attendeeName.equals(name)).toList();
                } else {
                    errors.add(TEXTS.violation("row " + row.number(), "training.import.empty-row", row.number()));
                    continue;
                }
                if (hits.size() != 1) {
                    errors.add(TEXTS.violation("row " + row.number() + " " + (phone != null ? phoneColumn : nameColumn),
                            hits.isEmpty() ? "training.import.no-match" : "training.import.ambiguous", row.number(),
                            phone != null ? phone : name));
                    continue;
                }
                matched.put(hits.get(0).id, hits.get(0));
            }
            if (!errors.isEmpty()) {
                throw TEXTS.invalid(errors);
            }
            int already = 0;
            LocalDateTime at = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
            for (RegistrationEntity r : matched.values()) {
                if (r.checkedInAt != null) {
                    already++;
                } else {
                    r.checkedInAt = at;
                    r.checkInMethod = "IMPORT";
                }
            }
            em.flush();
            return new AttendanceImport(sheet.rows().size(), matched.size() - already, already);
        });
        audit.record(actor, "training-attendance-import", "training-session", String.valueOf(sessionId),
                result.checkedIn() + " checked in");
        return result;
    }

    private static String column(Spreadsheet sheet, String... names) {
        for (String h : sheet.headers()) {
            for (String n : names) {
                if (h != null && h.strip().equalsIgnoreCase(n)) {
                    return h;
                }
            }
        }
        return null;
    }

    // ---- reminders ----

    /** What one reminder run did. */
    public record ReminderRun(LocalDate day, int sessions, int registrations, int notifications) {
    }

    /**
     * Reminds enterprises of their confirmed attendees of sessions starting on {@code day} (Beijing time): one
     * notification per enterprise and session; each registration is reminded once, so running again sends nothing.
     */
    ReminderRun sendReminders(LocalDate day) {
        LocalDateTime from = day.atStartOfDay(ZONE).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime to = day.plusDays(1).atStartOfDay(ZONE).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
        List<SessionEntity> sessions = UnitOfWork.read(emf, em -> em.createQuery("SELECT s FROM SessionEntity s"
                + " WHERE s.status = :st AND s.startsAt >= :from AND s.startsAt < :to ORDER BY s.startsAt",
                SessionEntity.class).setParameter("st", SessionStatus.SCHEDULED).setParameter("from", from)
                .setParameter("to", to).getResultList());
        int reminded = 0;
        int sent = 0;
        for (SessionEntity s : sessions) {
            CourseEntity course = UnitOfWork.read(emf, em -> em.find(CourseEntity.class, s.courseId));
            Map<Long, List<String>> byEnterprise = UnitOfWork.write(emf, em -> {
                Map<Long, List<String>> names = new LinkedHashMap<>();
                for (RegistrationEntity r : em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s"
                        + " AND r.status = :c AND r.remindedAt IS NULL ORDER BY r.enterpriseId, r.id",
                        RegistrationEntity.class).setParameter("s", s.id)
                        .setParameter("c", RegistrationStatus.CONFIRMED).getResultList()) {
                    r.remindedAt = LocalDateTime.ofInstant(catalogue.now(), ZoneOffset.UTC);
                    names.computeIfAbsent(r.enterpriseId, k -> new ArrayList<>()).add(r.attendeeName);
                }
                em.flush();
                return names;
            });
            for (var e : byEnterprise.entrySet()) {
                reminded += e.getValue().size();
                sent++;
                tell(e.getKey(), "training.reminder", "training.notice.reminder", course.title, local(s.starts()),
                        where(s), String.join("、", e.getValue()));
            }
        }
        if (sent > 0) {
            LOG.info("Training reminders for {}: {} registration(s) of {} session(s), {} notification(s)", day, reminded,
                    sessions.size(), sent);
        }
        return new ReminderRun(day, sessions.size(), reminded, sent);
    }

    // ---- invitation and certificate ----

    /** The iCalendar invitation of a registration the actor may see. */
    String invitation(Actor actor, long registrationId) {
        return UnitOfWork.read(emf, em -> {
            RegistrationEntity r = find(em, registrationId, actor);
            SessionEntity s = CourseCatalogue.session(em, r.sessionId);
            CourseEntity c = em.find(CourseEntity.class, s.courseId);
            String description = TEXTS.zh("training.invitation.body", r.attendeeName, s.speakerName, c.topic.nameZh())
                    + (s.liveUrl == null ? "" : "\n" + s.liveUrl) + "\n" + TEXTS.en("training.invitation.body",
                    r.attendeeName, s.speakerName, c.topic.nameEn());
            return Invitation.of("training-registration-" + r.id + "@esip", catalogue.now(), s.starts(), s.ends(),
                    c.title, where(s), description,
                    r.status == RegistrationStatus.CANCELLED || s.status == SessionStatus.CANCELLED);
        });
    }

    /** The certificate of attendance of a checked-in registration (409 before). */
    CertificatePdf.Content certificate(Actor actor, long registrationId, String enterpriseName) {
        return UnitOfWork.read(emf, em -> {
            RegistrationEntity r = find(em, registrationId, actor);
            if (r.checkedInAt == null) {
                throw TEXTS.conflict("training.certificate.not-attended", "registrationId");
            }
            SessionEntity s = CourseCatalogue.session(em, r.sessionId);
            CourseEntity c = em.find(CourseEntity.class, s.courseId);
            return new CertificatePdf.Content(String.format("PX-%d-%06d", s.id, r.id), r.attendeeName, enterpriseName,
                    c.title, c.topic.nameZh() + " " + c.topic.nameEn(), s.speakerName, local(s.starts()) + "–"
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(s.ends()), where(s),
                    LocalDate.ofInstant(catalogue.now(), ZONE).toString());
        });
    }

    long enterpriseOf(long registrationId) {
        return UnitOfWork.read(emf, em -> {
            RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
            if (r == null) {
                throw TEXTS.notFound("training.registration.not-found", registrationId);
            }
            return r.enterpriseId;
        });
    }

    static String where(SessionEntity s) {
        if (s.mode == SessionMode.ONLINE) {
            return "码上直播 " + s.liveUrl;
        }
        return s.venue == null ? (s.park == null ? "" : s.park) : (s.park == null ? s.venue : s.park + " " + s.venue);
    }

    static String local(Instant t) {
        return LOCAL.format(t);
    }
}
