package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.technical.api.Instrument;
import org.esip.line.technical.api.InstrumentDraft;
import org.esip.line.technical.api.SlotBooking;
import org.esip.line.technical.api.SlotStatus;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Instrument and equipment sharing (仪器设备共享, clause 5.2.4.1): instruments of admitted organisations, their
 * booking calendar and the use recorded. Bookings of one instrument never overlap: a booking locks the
 * instrument's row ({@code SELECT ... FOR UPDATE}) before it looks for overlaps, so of two people booking the same
 * time at the same moment the second waits, then sees the first and is refused (409).
 */
@Component(service = Instruments.class)
public class Instruments {
    private final EntityManagerFactory emf;
    private final OrganisationService organisations;
    private final EnterpriseService enterprises;
    private final AuditService audit;

    @Activate
    public Instruments(@Reference(target = "(osgi.unit.name=esip-technical)") EntityManagerFactory emf,
            @Reference TechnicalSchema schema, @Reference OrganisationService organisations,
            @Reference EnterpriseService enterprises, @Reference AuditService audit) {
        this.audit = audit;
        this.emf = emf;
        this.organisations = organisations;
        this.enterprises = enterprises;
    }

    static List<FieldViolation> check(InstrumentDraft d, Organisation organisation, boolean change) {
        FieldChecks c = new FieldChecks(Technical.TEXTS);
        c.required("organisationId", d.organisationId());
        if (d.organisationId() != null && organisation == null) {
            c.check("organisationId", false, "organisation.unknown", d.organisationId());
        }
        c.required("name", d.name()).maxLength("name", d.name(), 200);
        c.maxLength("model", d.model(), 100);
        c.required("location", d.location()).maxLength("location", d.location(), 300);
        if (d.regionCode() != null && !d.regionCode().isBlank()) {
            c.check("regionCode", d.regionCode().strip().matches("\\d{2,12}"), "field.region-code");
        }
        c.maxLength("description", d.description(), 2000);
        c.notNegative("hourlyPrice", d.hourlyPrice());
        c.check("hourlyPrice", d.hourlyPrice() == null || d.hourlyPrice().compareTo(new BigDecimal("1000000")) < 0,
                "field.out-of-range", 0, 1000000);
        if (change) {
            c.required("version", d.version());
        }
        return c.violations();
    }

    private Organisation organisationOrNull(Long id) {
        return Technical.organisationOrNull(organisations, id);
    }

    private static InstrumentDraft forCaller(Actor actor, InstrumentDraft d) {
        return new InstrumentDraft(Technical.owner(actor, d.organisationId()), d.name(), d.model(), d.location(),
                d.regionCode(), d.description(), d.hourlyPrice(), d.active(), d.version());
    }

    private static void fill(InstrumentEntity e, InstrumentDraft d) {
        e.organisationId = d.organisationId();
        e.name = d.name().strip();
        e.model = Technical.strip(d.model());
        e.location = d.location().strip();
        e.regionCode = Technical.strip(d.regionCode());
        e.description = Technical.strip(d.description());
        e.hourlyPrice = d.hourlyPrice();
        if (d.active() != null) {
            e.active = d.active();
        }
    }

    private static InstrumentDraft empty() {
        return new InstrumentDraft(null, null, null, null, null, null, null, null, null);
    }

    public Instrument create(Actor actor, InstrumentDraft draft) {
        InstrumentDraft d = forCaller(actor, draft == null ? empty() : draft);
        Organisation o = organisationOrNull(d.organisationId());
        Technical.throwIfAny(check(d, o, false));
        organisations.requireAdmitted(o.id());
        Instrument created = UnitOfWork.write(emf, em -> {
            InstrumentEntity e = new InstrumentEntity();
            fill(e, d);
            e.createdAt = Technical.now();
            em.persist(e);
            em.flush();
            return toDto(e, o);
        });
        audit.record(actor, "technical-instrument-create", "technical-instrument", String.valueOf(created.id()),
                created.name());
        return created;
    }

    public Instrument update(Actor actor, long id, InstrumentDraft draft) {
        InstrumentEntity current = entity(id);
        InstrumentDraft a = draft == null ? empty() : draft;
        InstrumentDraft d = forCaller(actor, new InstrumentDraft(current.organisationId, a.name(), a.model(),
                a.location(), a.regionCode(), a.description(), a.hourlyPrice(), a.active(), a.version()));
        if (!d.organisationId().equals(current.organisationId)) {
            throw Technical.TEXTS.notFound("instrument.not-found", id);
        }
        Organisation o = organisationOrNull(d.organisationId());
        Technical.throwIfAny(check(d, o, true));
        Instrument changed = UnitOfWork.write(emf, em -> {
            InstrumentEntity e = em.find(InstrumentEntity.class, id);
            if (e.version != d.version()) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            fill(e, d);
            em.flush();
            return toDto(e, o);
        });
        audit.record(actor, "technical-instrument-update", "technical-instrument", String.valueOf(id), changed.name());
        return changed;
    }

    InstrumentEntity entity(long id) {
        InstrumentEntity e = UnitOfWork.read(emf, em -> em.find(InstrumentEntity.class, id));
        if (e == null) {
            throw Technical.TEXTS.notFound("instrument.not-found", id);
        }
        return e;
    }

    public Instrument get(long id) {
        InstrumentEntity e = entity(id);
        return toDto(e, organisationOrNull(e.organisationId));
    }

    public Page<Instrument> search(String text, Long organisationId, String regionPrefix, PageRequest page) {
        return UnitOfWork.read(emf, em -> {
            StringBuilder where = new StringBuilder(" WHERE i.active = :yes");
            Map<String, Object> params = new HashMap<>();
            params.put("yes", Boolean.TRUE);
            if (text != null && !text.isBlank()) {
                where.append(" AND (LOWER(i.name) LIKE :q OR LOWER(i.model) LIKE :q OR LOWER(i.location) LIKE :q)");
                params.put("q", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (organisationId != null) {
                where.append(" AND i.organisationId = :org");
                params.put("org", organisationId);
            }
            if (regionPrefix != null && !regionPrefix.isBlank()) {
                where.append(" AND i.regionCode LIKE :region");
                params.put("region", regionPrefix.strip() + "%");
            }
            var q = em.createQuery("SELECT i FROM InstrumentEntity i" + where + " ORDER BY i.id", InstrumentEntity.class);
            var n = em.createQuery("SELECT COUNT(i) FROM InstrumentEntity i" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                n.setParameter(k, v);
            });
            Map<Long, Organisation> orgs = new HashMap<>();
            List<Instrument> items = new ArrayList<>();
            for (InstrumentEntity e : q.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()) {
                items.add(toDto(e, orgs.computeIfAbsent(e.organisationId, this::organisationOrNull)));
            }
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    static Instrument toDto(InstrumentEntity e, Organisation o) {
        return new Instrument(e.id, e.organisationId, o == null ? null : o.name(), e.name, e.model, e.location,
                e.regionCode, e.description, e.hourlyPrice, e.active, Technical.instant(e.createdAt), e.version);
    }

    /**
     * Books {@code [startsAt, endsAt)} of an instrument for an enterprise. 400 naming each bad field; 409 on
     * {@code startsAt} when another booking overlaps, naming its time.
     */
    public SlotBooking book(Actor actor, long instrumentId, Long enterpriseId, Instant startsAt, Instant endsAt,
            String purpose) {
        FieldChecks c = new FieldChecks(Technical.TEXTS).required("startsAt", startsAt).required("endsAt", endsAt)
                .after("endsAt", endsAt, startsAt).maxLength("purpose", purpose, 500);
        if (startsAt != null) {
            c.check("startsAt", startsAt.isAfter(Instant.now()), "slot.in-past");
        }
        if (startsAt != null && endsAt != null && endsAt.isAfter(startsAt)) {
            c.check("endsAt", SlotRules.lengthAllowed(startsAt, endsAt), "slot.too-long", SlotRules.LONGEST.toDays());
        }
        c.throwIfAny();
        long enterprise = LineAccess.actingEnterprise(actor, enterpriseId, "enterpriseId");
        try {
            enterprises.get(enterprise);
        } catch (NotFoundException e) {
            throw Technical.TEXTS.invalid("enterpriseId", "enterprise.unknown", enterprise);
        }
        LocalDateTime start = Technical.utc(startsAt);
        LocalDateTime end = Technical.utc(endsAt);
        return UnitOfWork.write(emf, em -> {
            // The lock: every booking of this instrument passes here one at a time, until its transaction ends.
            InstrumentEntity i = em.find(InstrumentEntity.class, instrumentId, LockModeType.PESSIMISTIC_WRITE);
            if (i == null) {
                throw Technical.TEXTS.notFound("instrument.not-found", instrumentId);
            }
            if (!i.active) {
                throw Technical.TEXTS.conflict("instrument.inactive", "instrumentId", i.name);
            }
            List<SlotEntity> clash = em.createQuery("SELECT s FROM SlotEntity s WHERE s.instrumentId = :i"
                    + " AND s.status <> :cancelled AND s.startsAt < :end AND s.endsAt > :start ORDER BY s.startsAt",
                    SlotEntity.class).setParameter("i", instrumentId).setParameter("cancelled", SlotStatus.CANCELLED)
                    .setParameter("start", start).setParameter("end", end).setMaxResults(1).getResultList();
            if (!clash.isEmpty()) {
                SlotEntity other = clash.get(0);
                throw Technical.TEXTS.conflict("slot.taken", "startsAt", i.name,
                        other.startsAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(Technical.ZONE).toLocalDateTime(),
                        other.endsAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(Technical.ZONE).toLocalDateTime());
            }
            SlotEntity s = new SlotEntity();
            s.instrumentId = instrumentId;
            s.enterpriseId = enterprise;
            s.startsAt = start;
            s.endsAt = end;
            s.purpose = Technical.strip(purpose);
            s.bookedBy = actor.username();
            s.createdAt = Technical.now();
            em.persist(s);
            em.flush();
            return toDto(s, i.name);
        });
    }

    static SlotBooking toDto(SlotEntity s, String instrumentName) {
        return new SlotBooking(s.id, s.instrumentId, instrumentName, s.enterpriseId, Technical.instant(s.startsAt),
                Technical.instant(s.endsAt), s.purpose, s.status, s.usedHours, s.usedBy, Technical.instant(s.usedAt),
                s.bookedBy, Technical.instant(s.createdAt), s.version);
    }

    /** What another enterprise may see of a booking: only that the time is taken. */
    private static SlotBooking masked(SlotBooking b) {
        return new SlotBooking(b.id(), b.instrumentId(), b.instrumentName(), 0, b.startsAt(), b.endsAt(), null,
                b.status(), null, null, null, null, null, b.version());
    }

    /** The instrument's calendar from {@code from} to {@code to} (bookings not cancelled), oldest first. */
    public List<SlotBooking> calendar(Actor actor, long instrumentId, Instant from, Instant to) {
        InstrumentEntity i = entity(instrumentId);
        boolean owner = LineAccess.isReader(actor) || LineAccess.isOrganisation(actor, i.organisationId);
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT s FROM SlotEntity s WHERE s.instrumentId = :i"
                + " AND s.status <> :c AND s.endsAt > :from AND s.startsAt < :to ORDER BY s.startsAt", SlotEntity.class)
                .setParameter("i", instrumentId).setParameter("c", SlotStatus.CANCELLED)
                .setParameter("from", Technical.utc(from == null ? Instant.now().minus(Duration.ofDays(1)) : from))
                .setParameter("to", Technical.utc(to == null ? Instant.now().plus(Duration.ofDays(60)) : to))
                .getResultList().stream().map(s -> toDto(s, i.name))
                .map(b -> owner || LineAccess.mayRead(actor, b.enterpriseId()) ? b : masked(b)).toList());
    }

    /** Bookings of one enterprise (its own for an enterprise user; any or all for readers), newest first. */
    public Page<SlotBooking> bookings(Actor actor, Long enterpriseId, PageRequest page) {
        Long e = actor.has(Role.ORGANISATION) && !LineAccess.isReader(actor) ? null
                : LineAccess.enterpriseFilter(actor, enterpriseId);
        Long org = actor.has(Role.ORGANISATION) && !LineAccess.isReader(actor)
                ? (actor.organisationId() == null ? -1L : actor.organisationId()) : null;
        String where = " WHERE s.id IS NOT NULL" + (e == null ? "" : " AND s.enterpriseId = :e")
                + (org == null ? "" : " AND s.instrumentId IN (SELECT i.id FROM InstrumentEntity i WHERE i.organisationId = :o)");
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT s FROM SlotEntity s" + where + " ORDER BY s.id DESC", SlotEntity.class);
            var n = em.createQuery("SELECT COUNT(s) FROM SlotEntity s" + where, Long.class);
            if (e != null) {
                q.setParameter("e", e);
                n.setParameter("e", e);
            }
            if (org != null) {
                q.setParameter("o", org);
                n.setParameter("o", org);
            }
            Map<Long, String> names = new HashMap<>();
            List<SlotBooking> items = q.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                    .getResultList().stream().map(s -> toDto(s, names.computeIfAbsent(s.instrumentId,
                            id -> em.find(InstrumentEntity.class, id).name))).toList();
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    /** Records the use of a booking: hours (more than 0, at most its booked length) and who used it. */
    public SlotBooking recordUse(Actor actor, long slotId, Long version, BigDecimal hours, String usedBy) {
        FieldChecks c = new FieldChecks(Technical.TEXTS).required("version", version).required("hours", hours)
                .required("usedBy", usedBy).maxLength("usedBy", usedBy, 100);
        if (hours != null) {
            c.check("hours", hours.signum() > 0, "slot.hours-positive");
        }
        c.throwIfAny();
        return UnitOfWork.write(emf, em -> {
            SlotEntity s = em.find(SlotEntity.class, slotId);
            InstrumentEntity i = s == null ? null : em.find(InstrumentEntity.class, s.instrumentId);
            if (s == null || !(LineAccess.isMaintainer(actor) || LineAccess.isOrganisation(actor, i.organisationId))) {
                if (s != null && LineAccess.mayRead(actor, s.enterpriseId)) {
                    throw LineAccess.forbidden();
                }
                throw Technical.TEXTS.notFound("slot.not-found", slotId);
            }
            if (s.version != version) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            if (s.status != SlotStatus.BOOKED) {
                throw Technical.TEXTS.conflict("slot.not-booked", "status", s.status);
            }
            BigDecimal booked = SlotRules.hours(Technical.instant(s.startsAt), Technical.instant(s.endsAt));
            if (hours.compareTo(booked) > 0) {
                throw Technical.TEXTS.invalid("hours", "slot.hours-beyond", booked);
            }
            s.status = SlotStatus.USED;
            s.usedHours = hours;
            s.usedBy = usedBy.strip();
            s.usedAt = Technical.now();
            em.flush();
            return toDto(s, i.name);
        });
    }

    /** Cancels a booking not yet used: its enterprise or staff; the time is free again. */
    public SlotBooking cancel(Actor actor, long slotId, Long version) {
        new FieldChecks(Technical.TEXTS).required("version", version).throwIfAny();
        return UnitOfWork.write(emf, em -> {
            SlotEntity s = em.find(SlotEntity.class, slotId);
            if (s == null || !LineAccess.mayRead(actor, s.enterpriseId)) {
                throw Technical.TEXTS.notFound("slot.not-found", slotId);
            }
            if (actor.has(Role.AUDITOR) && !LineAccess.isMaintainer(actor)) {
                throw LineAccess.forbidden();
            }
            if (s.version != version) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            if (s.status != SlotStatus.BOOKED) {
                throw Technical.TEXTS.conflict("slot.not-booked", "status", s.status);
            }
            s.status = SlotStatus.CANCELLED;
            em.flush();
            return toDto(s, em.find(InstrumentEntity.class, s.instrumentId).name);
        });
    }

    BigDecimal usedHours() {
        BigDecimal sum = UnitOfWork.read(emf, em -> em.createQuery("SELECT SUM(s.usedHours) FROM SlotEntity s"
                + " WHERE s.status = :u", BigDecimal.class).setParameter("u", SlotStatus.USED).getSingleResult());
        return sum == null ? BigDecimal.ZERO : sum;
    }

    long countAll() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(i) FROM InstrumentEntity i", Long.class)
                .getSingleResult());
    }

    void storeAll(List<InstrumentDraft> drafts) {
        UnitOfWork.run(emf, em -> {
            for (InstrumentDraft d : drafts) {
                InstrumentEntity e = new InstrumentEntity();
                fill(e, d);
                e.createdAt = Technical.now();
                em.persist(e);
            }
        });
    }
}
