package org.esip.line.volunteer.internal;

import static org.esip.line.volunteer.internal.VolunteerRules.TEXTS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.volunteer.api.Activity;
import org.esip.line.volunteer.api.ActivityDraft;
import org.esip.line.volunteer.api.ActivityMode;
import org.esip.line.volunteer.api.ActivityRole;
import org.esip.line.volunteer.api.ActivityService;
import org.esip.line.volunteer.api.RoleDraft;
import org.esip.line.volunteer.api.SignUp;
import org.esip.line.volunteer.api.SignUpStatus;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Public-benefit activities, their roles and sign-ups (clause 5.2.6.2). */
@Component(service = ActivityService.class)
public class ActivityServiceImpl implements ActivityService {
    private final EntityManagerFactory emf;
    private final OrganisationService organisations;
    private final EnterpriseService enterprises;
    private final AuditService audit;

    @Activate
    public ActivityServiceImpl(@Reference(target = "(osgi.unit.name=esip-volunteer)") EntityManagerFactory emf,
            @Reference VolunteerSchema schema, @Reference OrganisationService organisations,
            @Reference EnterpriseService enterprises, @Reference AuditService audit) {
        this.emf = emf;
        this.organisations = organisations;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public Activity create(Actor actor, ActivityDraft draft) {
        ActivityDraft d = draft == null
                ? new ActivityDraft(null, null, null, null, null, null, null, null, null, null) : draft;
        Long org = VolunteerRules.actingOrganisation(actor, d.organisationId());
        Long organisationId = org;
        FieldChecks c = new FieldChecks(TEXTS).required("organisationId", organisationId);
        if (organisationId != null) {
            c.check("organisationId", VolunteerRegistryImpl.exists(() -> organisations.get(organisationId)),
                    "volunteer.organisation.unknown", organisationId);
        }
        c.required("theme", d.theme()).maxLength("theme", d.theme(), 200)
                .maxLength("description", d.description(), 2000)
                .required("mode", d.mode())
                .maxLength("place", d.place(), 300)
                .url("link", d.link()).maxLength("link", d.link(), 500)
                .required("startsAt", d.startsAt()).required("endsAt", d.endsAt())
                .after("endsAt", d.endsAt(), d.startsAt());
        if (d.startsAt() != null && d.endsAt() != null && d.endsAt().isAfter(d.startsAt())) {
            c.check("endsAt", Duration.between(d.startsAt(), d.endsAt()).compareTo(VolunteerRules.MAX_ACTIVITY) <= 0,
                    "activity.too-long", VolunteerRules.MAX_ACTIVITY.toDays());
        }
        if (d.mode() == ActivityMode.OFFLINE) {
            c.check("place", d.place() != null && !d.place().isBlank(), "activity.place.required");
        }
        if (d.mode() == ActivityMode.ONLINE) {
            c.check("link", d.link() != null && !d.link().isBlank(), "activity.link.required");
        }
        c.required("roles", d.roles());
        if (d.roles() != null && !d.roles().isEmpty()) {
            c.check("roles", d.roles().size() <= VolunteerRules.MAX_ROLES, "activity.roles.too-many",
                    VolunteerRules.MAX_ROLES);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < d.roles().size(); i++) {
                RoleDraft r = d.roles().get(i);
                String f = "roles[" + i + "]";
                if (r == null) {
                    c.required(f + ".name", null);
                    continue;
                }
                c.required(f + ".name", r.name()).maxLength(f + ".name", r.name(), 100)
                        .required(f + ".slots", r.slots()).range(f + ".slots", r.slots(), 1, 1000);
                if (r.name() != null && !r.name().isBlank()) {
                    c.check(f + ".name", names.add(r.name().strip()), "activity.roles.duplicate", r.name().strip());
                }
            }
        }
        if (d.beneficiaries() != null) {
            c.check("beneficiaries", d.beneficiaries().size() <= VolunteerRules.MAX_BENEFICIARIES,
                    "activity.beneficiaries.too-many", VolunteerRules.MAX_BENEFICIARIES);
            List<Long> unknown = d.beneficiaries().stream().filter(id -> id == null
                    || !VolunteerRegistryImpl.exists(() -> enterprises.get(id))).toList();
            c.check("beneficiaries", unknown.isEmpty(), "activity.beneficiary.unknown", unknown);
        }
        c.throwIfAny();
        Activity created = UnitOfWork.write(emf, em -> {
            ActivityEntity a = new ActivityEntity();
            a.organisationId = organisationId;
            a.theme = d.theme().strip();
            a.description = VolunteerRules.strip(d.description());
            a.mode = d.mode();
            a.place = VolunteerRules.strip(d.place());
            a.link = VolunteerRules.strip(d.link());
            a.startsAt = VolunteerRules.utc(d.startsAt());
            a.endsAt = VolunteerRules.utc(d.endsAt());
            a.beneficiaries = d.beneficiaries() == null || d.beneficiaries().isEmpty() ? null
                    : new LinkedHashSet<>(d.beneficiaries()).stream().map(String::valueOf).collect(Collectors.joining(","));
            a.createdBy = actor.username();
            a.createdAt = now();
            em.persist(a);
            em.flush();
            for (RoleDraft r : d.roles()) {
                RoleEntity role = new RoleEntity();
                role.activityId = a.id;
                role.name = r.name().strip();
                role.slots = r.slots();
                em.persist(role);
            }
            em.flush();
            return toDto(em, a);
        });
        audit.record(actor, "volunteer-activity-create", "volunteer-activity", String.valueOf(created.id()),
                created.theme());
        return created;
    }

    static ActivityEntity activity(EntityManager em, long id) {
        ActivityEntity a = em.find(ActivityEntity.class, id);
        if (a == null) {
            throw TEXTS.notFound("activity.not-found", id);
        }
        return a;
    }

    static List<Long> beneficiaries(ActivityEntity a) {
        return a.beneficiaries == null ? List.of()
                : Arrays.stream(a.beneficiaries.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    static Activity toDto(EntityManager em, ActivityEntity a) {
        List<RoleEntity> roles = em.createQuery("SELECT r FROM RoleEntity r WHERE r.activityId = :a ORDER BY r.id",
                RoleEntity.class).setParameter("a", a.id).getResultList();
        Map<Long, Long> taken = em.createQuery("SELECT s.roleId, COUNT(s) FROM SignUpEntity s WHERE s.activityId = :a"
                + " AND s.status <> :r GROUP BY s.roleId", Object[].class).setParameter("a", a.id)
                .setParameter("r", SignUpStatus.REJECTED).getResultList().stream()
                .collect(Collectors.toMap(o -> ((Number) o[0]).longValue(), o -> ((Number) o[1]).longValue()));
        Instant from = VolunteerRules.instant(a.startsAt);
        Instant to = VolunteerRules.instant(a.endsAt);
        return new Activity(a.id, a.organisationId, a.theme, a.description, a.mode, a.place, a.link, from, to,
                VolunteerRules.lengthHours(from, to), roles.stream().map(r -> new ActivityRole(r.id, r.name, r.slots,
                        taken.getOrDefault(r.id, 0L).intValue())).toList(), beneficiaries(a), a.createdBy,
                VolunteerRules.instant(a.createdAt), a.version);
    }

    @Override
    public Activity get(Actor actor, long id) {
        return UnitOfWork.read(emf, em -> toDto(em, activity(em, id)));
    }

    @Override
    public List<Activity> list(Actor actor, Long organisationId, Integer year) {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT a FROM ActivityEntity a ORDER BY a.startsAt DESC, a.id DESC",
                ActivityEntity.class).getResultList().stream()
                .filter(a -> organisationId == null || organisationId == a.organisationId)
                .filter(a -> year == null || VolunteerRules.year(a.startsAt) == year)
                .map(a -> toDto(em, a)).toList());
    }

    /** Whether {@code actor} may sign volunteer {@code p} up: staff, its organisation's user, the expert it is. */
    private static boolean maySignUp(EntityManager em, Actor actor, PersonEntity p) {
        return LineAccess.isMaintainer(actor) || !actor.has(Role.AUDITOR) && VolunteerRegistryImpl.visible(em, actor, p);
    }

    @Override
    public SignUp signUp(Actor actor, long activityId, Long roleId, Long volunteerId, String note) {
        new FieldChecks(TEXTS).required("roleId", roleId).required("volunteerId", volunteerId)
                .maxLength("note", note, 500).throwIfAny();
        SignUp s = UnitOfWork.write(emf, em -> {
            ActivityEntity a = activity(em, activityId);
            PersonEntity p = em.find(PersonEntity.class, volunteerId);
            if (p == null || !VolunteerRegistryImpl.visible(em, actor, p) && !LineAccess.isMaintainer(actor)) {
                if (!LineAccess.isMaintainer(actor) && !actor.has(Role.ORGANISATION) && !actor.has(Role.EXPERT)) {
                    throw LineAccess.forbidden();
                }
                throw TEXTS.invalid("volunteerId", "volunteer.unknown", volunteerId);
            }
            if (!maySignUp(em, actor, p)) {
                throw LineAccess.forbidden();
            }
            RoleEntity role = em.find(RoleEntity.class, roleId);
            if (role == null || role.activityId != activityId) {
                throw TEXTS.invalid("roleId", "signup.role.unknown", roleId);
            }
            if (!now().isBefore(a.endsAt)) {
                throw TEXTS.conflict("signup.closed", "activityId", a.theme);
            }
            if (!em.createQuery("SELECT s.id FROM SignUpEntity s WHERE s.activityId = :a AND s.volunteerId = :v",
                    Long.class).setParameter("a", activityId).setParameter("v", volunteerId).getResultList().isEmpty()) {
                throw TEXTS.conflict("signup.duplicate", "volunteerId", p.name, a.theme);
            }
            // Two sign-ups for the last place: the role's version moves, so one of them is a 409 (version.stale).
            em.lock(role, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            long holding = em.createQuery("SELECT COUNT(s) FROM SignUpEntity s WHERE s.roleId = :r AND s.status <> :x",
                    Long.class).setParameter("r", roleId).setParameter("x", SignUpStatus.REJECTED).getSingleResult();
            if (holding >= role.slots) {
                throw TEXTS.conflict("signup.full", "roleId", role.name, role.slots);
            }
            SignUpEntity e = new SignUpEntity();
            e.activityId = activityId;
            e.roleId = roleId;
            e.volunteerId = volunteerId;
            e.status = SignUpStatus.PENDING;
            e.note = VolunteerRules.strip(note);
            e.createdBy = actor.username();
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return toDto(e, role.name, p.name);
        });
        audit.record(actor, "volunteer-signup", "volunteer-activity", String.valueOf(activityId),
                "volunteer " + volunteerId + ", role " + roleId);
        return s;
    }

    static SignUp toDto(SignUpEntity e, String role, String volunteer) {
        return new SignUp(e.id, e.activityId, e.roleId, role, e.volunteerId, volunteer, e.status, e.note, e.createdBy,
                VolunteerRules.instant(e.createdAt), e.decidedBy, VolunteerRules.instant(e.decidedAt), e.version);
    }

    private static SignUp toDto(EntityManager em, SignUpEntity e) {
        return toDto(e, em.find(RoleEntity.class, e.roleId).name, em.find(PersonEntity.class, e.volunteerId).name);
    }

    @Override
    public List<SignUp> signUps(Actor actor, long activityId) {
        return UnitOfWork.read(emf, em -> {
            ActivityEntity a = activity(em, activityId);
            boolean all = LineAccess.isReader(actor) || LineAccess.isOrganisation(actor, a.organisationId);
            if (!all && !actor.has(Role.ORGANISATION) && !actor.has(Role.EXPERT)) {
                throw LineAccess.forbidden();
            }
            List<SignUp> out = new ArrayList<>();
            for (SignUpEntity s : em.createQuery("SELECT s FROM SignUpEntity s WHERE s.activityId = :a ORDER BY s.id",
                    SignUpEntity.class).setParameter("a", activityId).getResultList()) {
                PersonEntity p = em.find(PersonEntity.class, s.volunteerId);
                if (all || VolunteerRegistryImpl.visible(em, actor, p)) {
                    out.add(toDto(s, em.find(RoleEntity.class, s.roleId).name, p.name));
                }
            }
            return out;
        });
    }

    @Override
    public SignUp decide(Actor actor, long signUpId, Long version, boolean confirm, String note) {
        FieldChecks c = new FieldChecks(TEXTS).maxLength("note", note, 500);
        if (!confirm) {
            c.check("note", note != null && !note.isBlank(), "signup.reason-required");
        }
        c.throwIfAny();
        SignUp s = UnitOfWork.write(emf, em -> {
            SignUpEntity e = em.find(SignUpEntity.class, signUpId);
            if (e == null) {
                throw TEXTS.notFound("signup.not-found", signUpId);
            }
            ActivityEntity a = activity(em, e.activityId);
            if (!VolunteerRules.mayOrganise(actor, a.organisationId)) {
                throw LineAccess.forbidden();
            }
            if (version != null && version != e.version) {
                throw TEXTS.conflict("version.stale", "version");
            }
            if (!VolunteerRules.decidable(e.status)) {
                throw TEXTS.conflict("signup.decided", "status", e.status);
            }
            e.status = confirm ? SignUpStatus.CONFIRMED : SignUpStatus.REJECTED;
            if (note != null && !note.isBlank()) {
                e.note = note.strip();
            }
            e.decidedBy = actor.username();
            e.decidedAt = now();
            em.flush();
            return toDto(em, e);
        });
        audit.record(actor, confirm ? "volunteer-signup-confirm" : "volunteer-signup-reject", "volunteer-activity",
                String.valueOf(s.activityId()), "sign-up " + s.id() + ", volunteer " + s.volunteerId());
        return s;
    }

    @Override
    public long count() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(a) FROM ActivityEntity a", Long.class)
                .getSingleResult());
    }
}
