package org.esip.line.volunteer.internal;

import static org.esip.line.volunteer.internal.VolunteerRules.TEXTS;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.volunteer.api.Team;
import org.esip.line.volunteer.api.TeamDraft;
import org.esip.line.volunteer.api.Volunteer;
import org.esip.line.volunteer.api.VolunteerDraft;
import org.esip.line.volunteer.api.VolunteerRegistry;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.ImportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Volunteers and teams in the line's own tables; organisations and experts are the core's, by id. */
@Component(service = VolunteerRegistry.class)
public class VolunteerRegistryImpl implements VolunteerRegistry {
    static final int MAX_IMPORT_ROWS = 5000;
    /** Column header (Chinese or field name) → field name. */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("姓名", "name"),
            Map.entry("手机", "phone"), Map.entry("手机号", "phone"), Map.entry("联系电话", "phone"),
            Map.entry("专家编号", "expertId"), Map.entry("机构编号", "organisationId"), Map.entry("技能", "skills"),
            Map.entry("专长", "skills"), Map.entry("区划代码", "regionCode"));

    private final EntityManagerFactory emf;
    private final OrganisationService organisations;
    private final ExpertService experts;
    private final SpreadsheetReader spreadsheets;
    private final AuditService audit;

    @Activate
    public VolunteerRegistryImpl(@Reference(target = "(osgi.unit.name=esip-volunteer)") EntityManagerFactory emf,
            @Reference VolunteerSchema schema, @Reference OrganisationService organisations,
            @Reference ExpertService experts, @Reference SpreadsheetReader spreadsheets, @Reference AuditService audit) {
        this.emf = emf;
        this.organisations = organisations;
        this.experts = experts;
        this.spreadsheets = spreadsheets;
        this.audit = audit;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Every field of a volunteer checked; the violations (none: fine). */
    List<FieldViolation> violations(VolunteerDraft d) {
        FieldChecks c = new FieldChecks(TEXTS);
        if (d == null) {
            return c.required("name", null).required("phone", null).required("regionCode", null).violations();
        }
        c.required("name", d.name()).maxLength("name", d.name(), 100)
                .required("phone", d.phone()).check("phone", d.phone() == null || d.phone().isBlank()
                        || VolunteerRules.phone(d.phone()), "volunteer.phone.invalid")
                .required("regionCode", d.regionCode()).check("regionCode", d.regionCode() == null
                        || d.regionCode().isBlank() || VolunteerRules.region(d.regionCode()), "volunteer.region.invalid");
        if (d.skills() != null) {
            c.check("skills", d.skills().size() <= VolunteerRules.MAX_SKILLS, "volunteer.skills.too-many",
                    VolunteerRules.MAX_SKILLS);
            c.check("skills", d.skills().stream().allMatch(s -> s != null && !s.isBlank() && s.strip().length() <= 50),
                    "volunteer.skills.invalid");
        }
        if (d.expertId() != null) {
            c.check("expertId", exists(() -> experts.get(d.expertId())), "volunteer.expert.unknown", d.expertId());
        }
        if (d.organisationId() != null) {
            c.check("organisationId", exists(() -> organisations.get(d.organisationId())),
                    "volunteer.organisation.unknown", d.organisationId());
        }
        return c.violations();
    }

    static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The organisation a caller registers for: staff any; an organisation's user only its own (filled in). */
    private static VolunteerDraft scoped(Actor actor, VolunteerDraft d) {
        Long org = VolunteerRules.actingOrganisation(actor, d == null ? null : d.organisationId());
        return d == null ? null : new VolunteerDraft(d.name(), d.phone(), d.expertId(), org, d.skills(), d.regionCode());
    }

    @Override
    public Volunteer register(Actor actor, VolunteerDraft draft) {
        VolunteerDraft d = scoped(actor, draft);
        List<FieldViolation> v = violations(d);
        if (!v.isEmpty()) {
            throw TEXTS.invalid(v);
        }
        Volunteer created = UnitOfWork.write(emf, em -> {
            String phone = d.phone().strip();
            if (byPhone(em, phone) != null) {
                throw TEXTS.conflict("volunteer.phone.taken", "phone", phone);
            }
            return toDto(em, persistNew(em, d));
        });
        audit.record(actor, "volunteer-register", "volunteer", String.valueOf(created.id()), created.name());
        return created;
    }

    private static PersonEntity persistNew(EntityManager em, VolunteerDraft d) {
        PersonEntity p = new PersonEntity();
        fill(p, d);
        p.createdAt = now();
        em.persist(p);
        em.flush();
        return p;
    }

    private static void fill(PersonEntity p, VolunteerDraft d) {
        p.name = d.name().strip();
        p.phone = d.phone().strip();
        p.expertId = d.expertId();
        p.organisationId = d.organisationId();
        p.skills = VolunteerRules.joinSkills(d.skills());
        p.regionCode = d.regionCode().strip();
    }

    private static PersonEntity byPhone(EntityManager em, String phone) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE p.phone = :p", PersonEntity.class)
                .setParameter("p", phone).getResultStream().findFirst().orElse(null);
    }

    @Override
    public Volunteer update(Actor actor, long id, long version, VolunteerDraft draft) {
        get(actor, id);
        VolunteerDraft d = scoped(actor, draft);
        List<FieldViolation> v = violations(d);
        if (!v.isEmpty()) {
            throw TEXTS.invalid(v);
        }
        return UnitOfWork.write(emf, em -> {
            PersonEntity p = person(em, id);
            if (p.version != version) {
                throw TEXTS.conflict("version.stale", "version");
            }
            PersonEntity other = byPhone(em, d.phone().strip());
            if (other != null && !other.id.equals(p.id)) {
                throw TEXTS.conflict("volunteer.phone.taken", "phone", d.phone().strip());
            }
            fill(p, d);
            em.flush();
            return toDto(em, p);
        });
    }

    static PersonEntity person(EntityManager em, long id) {
        PersonEntity p = em.find(PersonEntity.class, id);
        if (p == null) {
            throw TEXTS.notFound("volunteer.not-found", id);
        }
        return p;
    }

    /** Whether {@code actor} sees volunteer {@code p}: readers; its organisation (or a team's); the expert it is. */
    static boolean visible(EntityManager em, Actor actor, PersonEntity p) {
        if (LineAccess.isReader(actor)) {
            return true;
        }
        if (LineAccess.isExpert(actor, p.expertId)) {
            return true;
        }
        if (actor.has(Role.ORGANISATION) && actor.organisationId() != null) {
            return actor.organisationId().equals(p.organisationId) || !em.createQuery("SELECT m.teamId FROM"
                    + " MemberEntity m, TeamEntity t WHERE m.teamId = t.id AND m.volunteerId = :v AND t.organisationId = :o",
                    Long.class).setParameter("v", p.id).setParameter("o", actor.organisationId()).getResultList().isEmpty();
        }
        return false;
    }

    @Override
    public Volunteer get(Actor actor, long id) {
        return UnitOfWork.read(emf, em -> {
            PersonEntity p = person(em, id);
            if (!visible(em, actor, p)) {
                throw TEXTS.notFound("volunteer.not-found", id);
            }
            return toDto(em, p);
        });
    }

    @Override
    public List<Volunteer> list(Actor actor, Long organisationId, Long teamId, String q) {
        if (!LineAccess.isReader(actor) && !actor.has(Role.ORGANISATION) && !actor.has(Role.EXPERT)) {
            throw LineAccess.forbidden();
        }
        if (!LineAccess.isReader(actor) && actor.has(Role.ORGANISATION) && organisationId != null
                && !organisationId.equals(actor.organisationId())) {
            throw LineAccess.forbidden();
        }
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return UnitOfWork.read(emf, em -> {
            List<PersonEntity> all = em.createQuery("SELECT p FROM PersonEntity p ORDER BY p.id", PersonEntity.class)
                    .getResultList();
            Map<Long, List<Long>> teams = teamsOf(em);
            Map<Long, Long> teamOrg = new HashMap<>();
            em.createQuery("SELECT t FROM TeamEntity t", TeamEntity.class).getResultList()
                    .forEach(t -> teamOrg.put(t.id, t.organisationId));
            List<Volunteer> out = new ArrayList<>();
            for (PersonEntity p : all) {
                List<Long> ts = teams.getOrDefault(p.id, List.of());
                if (!LineAccess.isReader(actor)) {
                    boolean mine = LineAccess.isExpert(actor, p.expertId) || actor.organisationId() != null
                            && (actor.organisationId().equals(p.organisationId)
                            || ts.stream().anyMatch(t -> actor.organisationId().equals(teamOrg.get(t))));
                    if (!mine) {
                        continue;
                    }
                }
                if (organisationId != null && !organisationId.equals(p.organisationId)
                        && ts.stream().noneMatch(t -> organisationId.equals(teamOrg.get(t)))) {
                    continue;
                }
                if (teamId != null && !ts.contains(teamId)) {
                    continue;
                }
                if (text != null && !(p.name + " " + p.phone + " " + Objects.toString(p.skills, "")).toLowerCase(Locale.ROOT)
                        .contains(text)) {
                    continue;
                }
                out.add(toDto(p, ts));
            }
            return out;
        });
    }

    private static Map<Long, List<Long>> teamsOf(EntityManager em) {
        Map<Long, List<Long>> teams = new HashMap<>();
        for (MemberEntity m : em.createQuery("SELECT m FROM MemberEntity m ORDER BY m.teamId", MemberEntity.class)
                .getResultList()) {
            teams.computeIfAbsent(m.volunteerId, k -> new ArrayList<>()).add(m.teamId);
        }
        return teams;
    }

    static Volunteer toDto(EntityManager em, PersonEntity p) {
        List<Long> teams = em.createQuery("SELECT m.teamId FROM MemberEntity m WHERE m.volunteerId = :v ORDER BY m.teamId",
                Long.class).setParameter("v", p.id).getResultList();
        return toDto(p, teams);
    }

    static Volunteer toDto(PersonEntity p, List<Long> teams) {
        return new Volunteer(p.id, p.name, p.phone, p.expertId, p.organisationId, VolunteerRules.skills(p.skills),
                p.regionCode, teams, VolunteerRules.instant(p.createdAt), p.version);
    }

    @Override
    public ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun) {
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        Spreadsheet sheet = spreadsheets.read(content, format);
        if (sheet.rows().isEmpty()) {
            throw TEXTS.invalid("file", "import.empty");
        }
        if (sheet.rows().size() > MAX_IMPORT_ROWS) {
            throw TEXTS.invalid("file", "import.too-many", MAX_IMPORT_ROWS);
        }
        List<ImportReport.Row> rows = new ArrayList<>();
        Map<Integer, VolunteerDraft> drafts = new LinkedHashMap<>();
        Set<String> phones = new HashSet<>();
        for (Spreadsheet.Row r : sheet.rows()) {
            Map<String, String> v = new HashMap<>();
            r.cells().forEach((name, value) -> {
                if (name != null && value != null && !value.isBlank()) {
                    v.put(HEADERS.getOrDefault(name.strip(), name.strip()), value.strip());
                }
            });
            List<FieldViolation> errors = new ArrayList<>();
            Long expertId = number(errors, "expertId", v.get("expertId"));
            Long organisationId = number(errors, "organisationId", v.get("organisationId"));
            VolunteerDraft d = new VolunteerDraft(v.get("name"), v.get("phone"), expertId, organisationId,
                    VolunteerRules.skills(v.get("skills")), v.get("regionCode"));
            for (FieldViolation fv : violations(d)) {
                if (errors.stream().noneMatch(e -> e.field().equals(fv.field()))) {
                    errors.add(fv);
                }
            }
            String phone = d.phone() == null ? null : d.phone().strip();
            if (phone != null && !phones.add(phone) && errors.stream().noneMatch(e -> e.field().equals("phone"))) {
                errors.add(TEXTS.violation("phone", "import.phone.repeated", phone));
            }
            if (errors.isEmpty()) {
                drafts.put(r.number(), d);
                rows.add(new ImportReport.Row(r.number(), phone, ImportReport.Outcome.CREATED, List.of()));
            } else {
                rows.add(new ImportReport.Row(r.number(), phone, ImportReport.Outcome.REJECTED, errors));
            }
        }
        long rejected = rows.stream().filter(r -> r.outcome() == ImportReport.Outcome.REJECTED).count();
        boolean store = rejected == 0 && !dryRun;
        List<ImportReport.Row> outcome = UnitOfWork.write(emf, em -> {
            List<ImportReport.Row> result = new ArrayList<>();
            for (ImportReport.Row row : rows) {
                VolunteerDraft d = drafts.get(row.row());
                if (d == null) {
                    result.add(row);
                    continue;
                }
                PersonEntity p = byPhone(em, row.key());
                ImportReport.Outcome o;
                if (p == null) {
                    o = ImportReport.Outcome.CREATED;
                    if (store) {
                        persistNew(em, d);
                    }
                } else {
                    PersonEntity before = new PersonEntity();
                    fill(before, d);
                    boolean same = before.name.equals(p.name) && Objects.equals(before.expertId, p.expertId)
                            && Objects.equals(before.organisationId, p.organisationId)
                            && Objects.equals(before.skills, p.skills) && before.regionCode.equals(p.regionCode);
                    o = same ? ImportReport.Outcome.UNCHANGED : ImportReport.Outcome.UPDATED;
                    if (store && !same) {
                        fill(p, d);
                    }
                }
                result.add(new ImportReport.Row(row.row(), row.key(), o, List.of()));
            }
            return result;
        });
        int created = (int) outcome.stream().filter(r -> r.outcome() == ImportReport.Outcome.CREATED).count();
        int updated = (int) outcome.stream().filter(r -> r.outcome() == ImportReport.Outcome.UPDATED).count();
        int unchanged = (int) outcome.stream().filter(r -> r.outcome() == ImportReport.Outcome.UNCHANGED).count();
        if (store) {
            audit.record(actor, "volunteer-import", "volunteer", "import",
                    "created " + created + ", updated " + updated + ", unchanged " + unchanged);
        }
        return new ImportReport(store, dryRun, outcome.size(), created, updated, unchanged, (int) rejected, outcome);
    }

    private static Long number(List<FieldViolation> errors, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(TEXTS.violation(field, "param.not-integer"));
            return null;
        }
    }

    // ---- teams

    @Override
    public Team createTeam(Actor actor, TeamDraft draft) {
        TeamDraft d = draft == null ? new TeamDraft(null, null, null) : draft;
        Long org = VolunteerRules.actingOrganisation(actor, d.organisationId());
        Long organisationId = org;
        FieldChecks c = new FieldChecks(TEXTS).required("organisationId", organisationId)
                .required("name", d.name()).maxLength("name", d.name(), 100).maxLength("description", d.description(), 1000);
        if (organisationId != null) {
            c.check("organisationId", exists(() -> organisations.get(organisationId)), "volunteer.organisation.unknown",
                    organisationId);
        }
        c.throwIfAny();
        Team team = UnitOfWork.write(emf, em -> {
            String name = d.name().strip();
            if (!em.createQuery("SELECT t.id FROM TeamEntity t WHERE t.organisationId = :o AND t.name = :n", Long.class)
                    .setParameter("o", organisationId).setParameter("n", name).getResultList().isEmpty()) {
                throw TEXTS.conflict("team.duplicate", "name", name);
            }
            TeamEntity t = new TeamEntity();
            t.organisationId = organisationId;
            t.name = name;
            t.description = VolunteerRules.strip(d.description());
            t.createdAt = now();
            em.persist(t);
            em.flush();
            return toDto(em, t);
        });
        audit.record(actor, "volunteer-team-create", "volunteer-team", String.valueOf(team.id()), team.name());
        return team;
    }

    private static TeamEntity teamEntity(EntityManager em, long id) {
        TeamEntity t = em.find(TeamEntity.class, id);
        if (t == null) {
            throw TEXTS.notFound("team.not-found", id);
        }
        return t;
    }

    static Team toDto(EntityManager em, TeamEntity t) {
        List<Long> members = em.createQuery("SELECT m.volunteerId FROM MemberEntity m WHERE m.teamId = :t"
                + " ORDER BY m.volunteerId", Long.class).setParameter("t", t.id).getResultList();
        return new Team(t.id, t.organisationId, t.name, t.description, members, VolunteerRules.instant(t.createdAt),
                t.version);
    }

    private static boolean seesTeams(Actor actor, long organisationId) {
        return LineAccess.isReader(actor) || LineAccess.isOrganisation(actor, organisationId);
    }

    @Override
    public Team team(Actor actor, long id) {
        return UnitOfWork.read(emf, em -> {
            TeamEntity t = teamEntity(em, id);
            if (!seesTeams(actor, t.organisationId)) {
                throw TEXTS.notFound("team.not-found", id);
            }
            return toDto(em, t);
        });
    }

    @Override
    public List<Team> teams(Actor actor, Long organisationId) {
        Long org = VolunteerRules.organisationFilter(actor, organisationId);
        Long filter = org;
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT t FROM TeamEntity t ORDER BY t.id", TeamEntity.class)
                .getResultList().stream().filter(t -> filter == null || filter == t.organisationId)
                .map(t -> toDto(em, t)).toList());
    }

    @Override
    public Team addMember(Actor actor, long teamId, long volunteerId) {
        Team team = UnitOfWork.write(emf, em -> {
            TeamEntity t = teamEntity(em, teamId);
            if (!seesTeams(actor, t.organisationId)) {
                throw TEXTS.notFound("team.not-found", teamId);
            }
            if (!VolunteerRules.mayOrganise(actor, t.organisationId)) {
                throw LineAccess.forbidden();
            }
            PersonEntity p = em.find(PersonEntity.class, volunteerId);
            if (p == null || !LineAccess.isMaintainer(actor) && p.organisationId != null
                    && p.organisationId != t.organisationId && !visible(em, actor, p)) {
                throw TEXTS.invalid("volunteerId", "volunteer.unknown", volunteerId);
            }
            if (em.find(MemberEntity.class, new MemberEntity.Key(teamId, volunteerId)) != null) {
                throw TEXTS.conflict("team.member.duplicate", "volunteerId", p.name, t.name);
            }
            MemberEntity m = new MemberEntity();
            m.teamId = teamId;
            m.volunteerId = volunteerId;
            m.joinedAt = now();
            em.persist(m);
            em.flush();
            return toDto(em, t);
        });
        audit.record(actor, "volunteer-team-join", "volunteer-team", String.valueOf(teamId), "volunteer " + volunteerId);
        return team;
    }

    @Override
    public Team removeMember(Actor actor, long teamId, long volunteerId) {
        Team team = UnitOfWork.write(emf, em -> {
            TeamEntity t = teamEntity(em, teamId);
            if (!seesTeams(actor, t.organisationId)) {
                throw TEXTS.notFound("team.not-found", teamId);
            }
            if (!VolunteerRules.mayOrganise(actor, t.organisationId)) {
                throw LineAccess.forbidden();
            }
            MemberEntity m = em.find(MemberEntity.class, new MemberEntity.Key(teamId, volunteerId));
            if (m == null) {
                throw TEXTS.notFound("team.member.absent", volunteerId);
            }
            em.remove(m);
            em.flush();
            return toDto(em, t);
        });
        audit.record(actor, "volunteer-team-leave", "volunteer-team", String.valueOf(teamId), "volunteer " + volunteerId);
        return team;
    }

    @Override
    public long count() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(p) FROM PersonEntity p", Long.class)
                .getSingleResult());
    }
}
