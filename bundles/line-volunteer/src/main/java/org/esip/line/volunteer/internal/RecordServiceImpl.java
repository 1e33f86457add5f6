package org.esip.line.volunteer.internal;

import static org.esip.line.volunteer.internal.VolunteerRules.TEXTS;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.volunteer.api.AnnualFigures;
import org.esip.line.volunteer.api.Evaluation;
import org.esip.line.volunteer.api.RecordDraft;
import org.esip.line.volunteer.api.RecordService;
import org.esip.line.volunteer.api.RecordStatus;
import org.esip.line.volunteer.api.ServiceRecord;
import org.esip.line.volunteer.api.SignUpStatus;
import org.esip.line.volunteer.api.Volunteer;
import org.esip.platform.api.PlatformService;
import org.esip.provider.api.OrganisationService;
import org.esip.ticketing.api.SatisfactionGrade;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service records (志愿服务记录) after activities: written by the organiser for volunteers whose sign-up was confirmed,
 * confirmed once and then never changed (a correction is an amending record), rated by the served enterprise,
 * counted per year and certified as PDF.
 */
@Component(service = RecordService.class)
public class RecordServiceImpl implements RecordService {
    private final EntityManagerFactory emf;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final PlatformService platform;

    @Activate
    public RecordServiceImpl(@Reference(target = "(osgi.unit.name=esip-volunteer)") EntityManagerFactory emf,
            @Reference VolunteerSchema schema, @Reference OrganisationService organisations,
            @Reference AuditService audit, @Reference PlatformService platform) {
        this.platform = platform;
        this.emf = emf;
        this.organisations = organisations;
        this.audit = audit;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Every field of a record checked against its activity; 400 naming each. */
    private static void check(RecordDraft d, ActivityEntity a, boolean amendment) {
        BigDecimal length = VolunteerRules.lengthHours(VolunteerRules.instant(a.startsAt), VolunteerRules.instant(a.endsAt));
        FieldChecks c = new FieldChecks(TEXTS);
        if (!amendment) {
            c.required("volunteerId", d.volunteerId());
        }
        String hoursProblem = VolunteerRules.hoursProblem(d.hours(), length);
        c.check("hours", hoursProblem == null, hoursProblem == null ? "" : hoursProblem, length.toPlainString())
                .required("content", d.content()).maxLength("content", d.content(), 2000)
                .maxLength("reason", d.reason(), 500);
        if (amendment) {
            c.required("reason", d.reason());
        }
        if (d.enterpriseId() != null) {
            c.check("enterpriseId", ActivityServiceImpl.beneficiaries(a).contains(d.enterpriseId()),
                    "record.enterprise.not-beneficiary", d.enterpriseId());
        }
        c.throwIfAny();
    }

    private static RecordEntity recordEntity(EntityManager em, long id) {
        RecordEntity r = em.find(RecordEntity.class, id);
        if (r == null) {
            throw TEXTS.notFound("record.not-found", id);
        }
        return r;
    }

    @Override
    public ServiceRecord write(Actor actor, long activityId, RecordDraft draft) {
        RecordDraft d = draft == null ? new RecordDraft(null, null, null, null, null) : draft;
        ServiceRecord written = UnitOfWork.write(emf, em -> {
            ActivityEntity a = ActivityServiceImpl.activity(em, activityId);
            if (!VolunteerRules.mayOrganise(actor, a.organisationId)) {
                throw LineAccess.forbidden();
            }
            check(d, a, false);
            PersonEntity p = em.find(PersonEntity.class, d.volunteerId());
            if (p == null) {
                throw TEXTS.invalid("volunteerId", "volunteer.unknown", d.volunteerId());
            }
            if (now().isBefore(a.startsAt)) {
                throw TEXTS.conflict("record.not-started", "activityId", a.theme);
            }
            if (em.createQuery("SELECT s.id FROM SignUpEntity s WHERE s.activityId = :a AND s.volunteerId = :v"
                    + " AND s.status = :c", Long.class).setParameter("a", activityId).setParameter("v", p.id)
                    .setParameter("c", SignUpStatus.CONFIRMED).getResultList().isEmpty()) {
                throw TEXTS.conflict("record.not-signed-up", "volunteerId", p.name, a.theme);
            }
            if (!em.createQuery("SELECT r.id FROM RecordEntity r WHERE r.activityId = :a AND r.volunteerId = :v"
                    + " AND r.status <> :s", Long.class).setParameter("a", activityId).setParameter("v", p.id)
                    .setParameter("s", RecordStatus.SUPERSEDED).getResultList().isEmpty()) {
                throw TEXTS.conflict("record.duplicate", "volunteerId", p.name, a.theme);
            }
            RecordEntity r = new RecordEntity();
            r.activityId = activityId;
            r.volunteerId = p.id;
            fill(r, d);
            r.status = RecordStatus.DRAFT;
            r.createdBy = actor.username();
            r.createdAt = now();
            em.persist(r);
            em.flush();
            return toDto(em, r);
        });
        audit.record(actor, "volunteer-record-write", "volunteer-record", String.valueOf(written.id()),
                written.volunteerName() + " " + written.hours() + " h");
        return written;
    }

    private static void fill(RecordEntity r, RecordDraft d) {
        r.enterpriseId = d.enterpriseId();
        r.hours = d.hours().setScale(2);
        r.content = d.content().strip();
        r.reason = VolunteerRules.strip(d.reason());
    }

    /** The record for a change by its organiser: 404 for those who do not see it, 403 for those who only read. */
    private RecordEntity organised(EntityManager em, Actor actor, long id) {
        RecordEntity r = recordEntity(em, id);
        ActivityEntity a = ActivityServiceImpl.activity(em, r.activityId);
        if (!visible(em, actor, r, a)) {
            throw TEXTS.notFound("record.not-found", id);
        }
        if (!VolunteerRules.mayOrganise(actor, a.organisationId)) {
            throw LineAccess.forbidden();
        }
        return r;
    }

    @Override
    public ServiceRecord update(Actor actor, long id, Long version, RecordDraft draft) {
        RecordDraft d = draft == null ? new RecordDraft(null, null, null, null, null) : draft;
        return UnitOfWork.write(emf, em -> {
            RecordEntity r = organised(em, actor, id);
            if (!VolunteerRules.editable(r.status)) {
                throw TEXTS.conflict("record.confirmed", "status", r.status);
            }
            if (version != null && version != r.version) {
                throw TEXTS.conflict("version.stale", "version");
            }
            if (d.volunteerId() != null && d.volunteerId() != r.volunteerId) {
                throw TEXTS.invalid("volunteerId", "record.volunteer.fixed");
            }
            check(d, ActivityServiceImpl.activity(em, r.activityId), r.amendsId != null);
            fill(r, d);
            em.flush();
            return toDto(em, r);
        });
    }

    @Override
    public ServiceRecord confirm(Actor actor, long id, Long version) {
        ServiceRecord confirmed = UnitOfWork.write(emf, em -> {
            RecordEntity r = organised(em, actor, id);
            if (version != null && version != r.version) {
                throw TEXTS.conflict("version.stale", "version");
            }
            if (!VolunteerRules.editable(r.status)) {
                throw TEXTS.conflict("record.confirmed", "status", r.status);
            }
            r.status = RecordStatus.CONFIRMED;
            r.confirmedBy = actor.username();
            r.confirmedAt = now();
            if (r.amendsId != null) {
                RecordEntity old = recordEntity(em, r.amendsId);
                old.status = RecordStatus.SUPERSEDED;
            }
            em.flush();
            return toDto(em, r);
        });
        audit.record(actor, "volunteer-record-confirm", "volunteer-record", String.valueOf(id),
                confirmed.volunteerName() + " · " + confirmed.activityTheme() + " · " + confirmed.hours() + " h"
                        + (confirmed.amendsId() == null ? "" : " · amends " + confirmed.amendsId()));
        return confirmed;
    }

    @Override
    public ServiceRecord amend(Actor actor, long id, RecordDraft draft) {
        RecordDraft d = draft == null ? new RecordDraft(null, null, null, null, null) : draft;
        ServiceRecord amendment = UnitOfWork.write(emf, em -> {
            RecordEntity old = organised(em, actor, id);
            ActivityEntity a = ActivityServiceImpl.activity(em, old.activityId);
            check(d, a, true);
            if (old.status != RecordStatus.CONFIRMED) {
                throw TEXTS.conflict("record.not-confirmed", "status", old.status);
            }
            if (!em.createQuery("SELECT r.id FROM RecordEntity r WHERE r.amendsId = :o AND r.status = :d", Long.class)
                    .setParameter("o", old.id).setParameter("d", RecordStatus.DRAFT).getResultList().isEmpty()) {
                throw TEXTS.conflict("record.amendment-pending", "id", old.id);
            }
            RecordEntity r = new RecordEntity();
            r.activityId = old.activityId;
            r.volunteerId = old.volunteerId;
            fill(r, d);
            r.amendsId = old.id;
            r.status = RecordStatus.DRAFT;
            r.createdBy = actor.username();
            r.createdAt = now();
            em.persist(r);
            em.flush();
            return toDto(em, r);
        });
        audit.record(actor, "volunteer-record-amend", "volunteer-record", String.valueOf(id),
                "amendment " + amendment.id() + ": " + amendment.reason());
        return amendment;
    }

    @Override
    public ServiceRecord evaluate(Actor actor, long id, SatisfactionGrade grade, String comment) {
        ServiceRecord rated = UnitOfWork.write(emf, em -> {
            RecordEntity r = recordEntity(em, id);
            if (!actor.has(Role.ENTERPRISE)) {
                throw LineAccess.forbidden();
            }
            if (r.enterpriseId == null || !r.enterpriseId.equals(actor.enterpriseId())) {
                throw TEXTS.notFound("record.not-found", id);
            }
            new FieldChecks(TEXTS).required("grade", grade).maxLength("comment", comment, 1000).throwIfAny();
            if (r.status != RecordStatus.CONFIRMED) {
                throw TEXTS.conflict("record.not-confirmed", "status", r.status);
            }
            if (em.find(EvaluationEntity.class, r.id) != null) {
                throw TEXTS.conflict("record.evaluated", "grade", r.id);
            }
            EvaluationEntity e = new EvaluationEntity();
            e.recordId = r.id;
            e.enterpriseId = r.enterpriseId;
            e.grade = grade;
            e.comment = VolunteerRules.strip(comment);
            e.ratedBy = actor.username();
            e.ratedAt = now();
            em.persist(e);
            em.flush();
            return toDto(em, r);
        });
        audit.record(actor, "volunteer-record-evaluate", "volunteer-record", String.valueOf(id), grade.name());
        return rated;
    }

    /** Readers, the organiser, the volunteer's organisation or the expert it is, and the served enterprise. */
    private static boolean visible(EntityManager em, Actor actor, RecordEntity r, ActivityEntity a) {
        if (LineAccess.isReader(actor) || LineAccess.isOrganisation(actor, a.organisationId)) {
            return true;
        }
        if (actor.has(Role.ENTERPRISE)) {
            return r.enterpriseId != null && r.enterpriseId.equals(actor.enterpriseId());
        }
        return VolunteerRegistryImpl.visible(em, actor, em.find(PersonEntity.class, r.volunteerId));
    }

    @Override
    public ServiceRecord get(Actor actor, long id) {
        return UnitOfWork.read(emf, em -> {
            RecordEntity r = recordEntity(em, id);
            if (!visible(em, actor, r, ActivityServiceImpl.activity(em, r.activityId))) {
                throw TEXTS.notFound("record.not-found", id);
            }
            return toDto(em, r);
        });
    }

    @Override
    public List<ServiceRecord> list(Actor actor, Long activityId, Long volunteerId, Long enterpriseId) {
        if (actor.has(Role.ENTERPRISE) && !LineAccess.isReader(actor) && enterpriseId != null
                && !enterpriseId.equals(actor.enterpriseId())) {
            throw LineAccess.forbidden();
        }
        return UnitOfWork.read(emf, em -> {
            List<ServiceRecord> out = new ArrayList<>();
            Map<Long, ActivityEntity> activities = new HashMap<>();
            for (RecordEntity r : em.createQuery("SELECT r FROM RecordEntity r ORDER BY r.id", RecordEntity.class)
                    .getResultList()) {
                if (activityId != null && activityId != r.activityId || volunteerId != null && volunteerId != r.volunteerId
                        || enterpriseId != null && !enterpriseId.equals(r.enterpriseId)) {
                    continue;
                }
                ActivityEntity a = activities.computeIfAbsent(r.activityId, k -> em.find(ActivityEntity.class, k));
                if (visible(em, actor, r, a)) {
                    out.add(toDto(em, r));
                }
            }
            return out;
        });
    }

    static ServiceRecord toDto(EntityManager em, RecordEntity r) {
        ActivityEntity a = em.find(ActivityEntity.class, r.activityId);
        PersonEntity p = em.find(PersonEntity.class, r.volunteerId);
        EvaluationEntity e = r.id == null ? null : em.find(EvaluationEntity.class, r.id);
        return new ServiceRecord(r.id, r.activityId, a.theme, r.volunteerId, p.name, r.enterpriseId, r.hours, r.content,
                VolunteerRules.instant(a.startsAt), VolunteerRules.instant(a.endsAt), r.status, r.amendsId, r.reason,
                r.createdBy, VolunteerRules.instant(r.createdAt), r.confirmedBy, VolunteerRules.instant(r.confirmedAt),
                e == null ? null : new Evaluation(e.grade, e.comment, e.ratedBy, VolunteerRules.instant(e.ratedAt)),
                r.version);
    }

    /** Counting records whose activity starts in {@code year}. */
    private static List<RecordEntity> counting(EntityManager em, int year) {
        Map<Long, Integer> years = new HashMap<>();
        return em.createQuery("SELECT r FROM RecordEntity r WHERE r.status = :c ORDER BY r.id", RecordEntity.class)
                .setParameter("c", RecordStatus.CONFIRMED).getResultList().stream()
                .filter(r -> years.computeIfAbsent(r.activityId,
                        k -> VolunteerRules.year(em.find(ActivityEntity.class, k).startsAt)) == year)
                .toList();
    }

    @Override
    public List<AnnualFigures> statistics(Actor actor, String by, int year) {
        String kind = by == null || by.isBlank() ? "volunteer" : by.strip().toLowerCase(Locale.ROOT);
        FieldChecks c = new FieldChecks(TEXTS).check("by", List.of("volunteer", "team", "organisation").contains(kind),
                "field.invalid-value", "volunteer, team, organisation").range("year", year, 2000, 2100);
        c.throwIfAny();
        boolean all = LineAccess.isReader(actor);
        if (!all && !(actor.has(Role.ORGANISATION) && actor.organisationId() != null)) {
            throw LineAccess.forbidden();
        }
        return UnitOfWork.read(emf, em -> {
            List<AnnualTally.Entry> entries = counting(em, year).stream().map(r -> new AnnualTally.Entry(r.volunteerId,
                    r.activityId, r.enterpriseId, r.hours)).toList();
            Map<Long, PersonEntity> people = new HashMap<>();
            em.createQuery("SELECT p FROM PersonEntity p", PersonEntity.class).getResultList()
                    .forEach(p -> people.put(p.id, p));
            Map<Long, TeamEntity> teams = new HashMap<>();
            em.createQuery("SELECT t FROM TeamEntity t", TeamEntity.class).getResultList().forEach(t -> teams.put(t.id, t));
            Map<Long, Set<Long>> teamsOf = new HashMap<>();
            em.createQuery("SELECT m FROM MemberEntity m", MemberEntity.class).getResultList()
                    .forEach(m -> teamsOf.computeIfAbsent(m.volunteerId, k -> new HashSet<>()).add(m.teamId));
            List<AnnualFigures> figures = switch (kind) {
                case "team" -> AnnualTally.tally(kind, year, entries, v -> teamsOf.getOrDefault(v, Set.of()),
                        t -> teams.get(t).name);
                case "organisation" -> AnnualTally.tally(kind, year, entries, v -> {
                    Set<Long> orgs = new HashSet<>();
                    PersonEntity p = people.get(v);
                    if (p != null && p.organisationId != null) {
                        orgs.add(p.organisationId);
                    }
                    teamsOf.getOrDefault(v, Set.of()).forEach(t -> orgs.add(teams.get(t).organisationId));
                    return orgs;
                }, this::organisationName);
                default -> AnnualTally.tally(kind, year, entries, v -> List.of(v), v -> people.get(v).name);
            };
            if (all) {
                return figures;
            }
            long own = actor.organisationId();
            return figures.stream().filter(f -> switch (kind) {
                case "team" -> teams.get(f.id()).organisationId == own;
                case "organisation" -> f.id() == own;
                default -> VolunteerRegistryImpl.visible(em, actor, people.get(f.id()));
            }).toList();
        });
    }

    private String organisationName(long id) {
        try {
            return organisations.get(id).name();
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }

    @Override
    public byte[] certificate(Actor actor, long volunteerId, int year) {
        new FieldChecks(TEXTS).range("year", year, 2000, 2100).throwIfAny();
        File font = CertificatePdf.font();
        if (font == null) {
            throw TEXTS.unprocessable("certificate.no-font", "format", String.join(", ", CertificatePdf.FONTS));
        }
        Object[] data = UnitOfWork.read(emf, em -> {
            PersonEntity p = VolunteerRegistryImpl.person(em, volunteerId);
            if (!VolunteerRegistryImpl.visible(em, actor, p)) {
                throw TEXTS.notFound("volunteer.not-found", volunteerId);
            }
            Volunteer v = VolunteerRegistryImpl.toDto(em, p);
            List<ServiceRecord> records = counting(em, year).stream().filter(r -> r.volunteerId == volunteerId)
                    .map(r -> toDto(em, r)).toList();
            return new Object[] {v, records};
        });
        @SuppressWarnings("unchecked")
        List<ServiceRecord> records = (List<ServiceRecord>) data[1];
        audit.record(actor, "volunteer-certificate", "volunteer", String.valueOf(volunteerId), year + ": "
                + records.size() + " records");
        return CertificatePdf.render((Volunteer) data[0], year, records, platform.identity().displayName(), font);
    }

    @Override
    public BigDecimal totalHours() {
        return UnitOfWork.read(emf, em -> {
            BigDecimal sum = em.createQuery("SELECT SUM(r.hours) FROM RecordEntity r WHERE r.status = :c",
                    BigDecimal.class).setParameter("c", RecordStatus.CONFIRMED).getSingleResult();
            return sum == null ? BigDecimal.ZERO : sum;
        });
    }

    @Override
    public BigDecimal satisfaction() {
        return UnitOfWork.read(emf, em -> VolunteerRules.satisfaction(em.createQuery(
                "SELECT e.grade FROM EvaluationEntity e", SatisfactionGrade.class).getResultList()));
    }
}
