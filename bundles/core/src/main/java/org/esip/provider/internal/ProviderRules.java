package org.esip.provider.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.seam.TagRules;
import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.TrainingRecord;
import org.esip.registry.api.UnifiedSocialCreditCode;

/** The one place where organisations, experts, staff and service points are checked (clauses 6.2, 6.3). */
public final class ProviderRules {
    private static final Pattern REGION = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Mainland resident ID: 17 digits and a digit or X. */
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern POINT_CODE = Pattern.compile("[A-Za-z0-9-]{2,40}");

    private ProviderRules() {
    }

    record CheckedOrganisation(String creditCode, String name, String regionCode, String address, String contactPerson,
            String contactPhone, String contactEmail, Set<ServiceDomain> domains,
            List<OrganisationQualification> qualifications, boolean creditGood, String creditNote, Presence presence,
            boolean allianceMember, Set<String> tags) {
    }

    record CheckedExpert(String name, String idNumber, Set<ServiceDomain> domains, String title, boolean seniorTitle,
            String employer, String phone, String email, boolean volunteer, String regionCode, Set<String> tags) {
    }

    record CheckedStaff(String name, StaffPost post, boolean fullTime, String phone, String email,
            Set<Long> servicePointIds) {
    }

    record CheckedPoint(String code, String name, ServicePointKind kind, String regionCode, String township,
            String address, String phone) {
    }

    static CheckedOrganisation organisation(OrganisationRegistration in, boolean update, String storedCode) {
        Violations v = start(in, update, in == null ? null : in.version());
        CheckedOrganisation c = organisation(v, in, update, storedCode);
        v.throwIfAny();
        return c;
    }

    /** Checks an organisation, reporting into {@code v} (an imported row) instead of throwing. */
    static CheckedOrganisation organisation(Violations v, OrganisationRegistration in, boolean update,
            String storedCode) {
        String code;
        if (update) {
            code = storedCode;
            String given = UnifiedSocialCreditCode.normalize(in.creditCode());
            if (given != null && !given.isEmpty() && !given.equals(storedCode)) {
                v.add("creditCode", "creditCode.immutable");
            }
        } else {
            code = UnifiedSocialCreditCode.normalize(in.creditCode());
            if (code == null || code.isEmpty()) {
                v.add("creditCode", "field.required");
            } else if (UnifiedSocialCreditCode.defectOf(code) != null) {
                v.add("creditCode", "creditCode." + UnifiedSocialCreditCode.defectOf(code).name()
                        .toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        String name = v.requireText("name", in.name(), 200);
        String region = region(v, "regionCode", in.regionCode(), true);
        Set<ServiceDomain> domains = domains(v, in.domains(), false);
        List<OrganisationQualification> qualifications = new ArrayList<>();
        if (in.qualifications() != null) {
            for (int i = 0; i < in.qualifications().size(); i++) {
                OrganisationQualification q = in.qualifications().get(i);
                String type = q == null ? null : v.requireText("qualifications[" + i + "].type", q.type(), 100);
                if (q != null && type != null) {
                    qualifications.add(new OrganisationQualification(type, text(v, "qualifications[" + i + "].number",
                            q.number(), 64), text(v, "qualifications[" + i + "].issuer", q.issuer(), 100),
                            q.validUntil(), false));
                }
            }
        }
        boolean creditGood = in.creditGood() == null || in.creditGood();
        String creditNote = text(v, "creditNote", in.creditNote(), 500);
        if (!creditGood && creditNote == null) {
            v.add("creditNote", "organisation.credit-note-required");
        }
        Presence presence = in.presence() == null ? Presence.ON_SITE : in.presence();
        CheckedOrganisation c = new CheckedOrganisation(code, name, region, text(v, "address", in.address(), 200),
                text(v, "contactPerson", in.contactPerson(), 50), phone(v, "contactPhone", in.contactPhone()),
                email(v, "contactEmail", in.contactEmail()), domains, qualifications, creditGood, creditNote, presence,
                Boolean.TRUE.equals(in.allianceMember()), tags(v, in.tags()));
        return c;
    }

    static CheckedExpert expert(ExpertRegistration in, boolean update) {
        Violations v = start(in, update, in == null ? null : in.version());
        String name = v.requireText("name", in.name(), 50);
        String id = in.idNumber() == null || in.idNumber().isBlank() ? null
                : in.idNumber().strip().toUpperCase(Locale.ROOT);
        if (id != null && !ID_NUMBER.matcher(id).matches()) {
            v.add("idNumber", "idNumber.format");
        }
        CheckedExpert c = new CheckedExpert(name, id, domains(v, in.domains(), true), text(v, "title", in.title(), 50),
                Boolean.TRUE.equals(in.seniorTitle()), text(v, "employer", in.employer(), 200),
                phone(v, "phone", in.phone()), email(v, "email", in.email()), Boolean.TRUE.equals(in.volunteer()),
                region(v, "regionCode", in.regionCode(), false), tags(v, in.tags()));
        v.throwIfAny();
        return c;
    }

    static CheckedStaff staff(StaffRegistration in, boolean update) {
        Violations v = start(in, update, in == null ? null : in.version());
        String name = v.requireText("name", in.name(), 50);
        v.requirePresent("post", in.post());
        Set<Long> points = Set.of();
        if (in.servicePointIds() != null) {
            // A blank entry reads as null (found by the fuzz run: it was a NullPointerException, a 500).
            if (in.servicePointIds().stream().anyMatch(Objects::isNull)) {
                v.add("servicePointIds", "field.required");
            } else {
                points = Set.copyOf(in.servicePointIds());
            }
        }
        CheckedStaff c = new CheckedStaff(name, in.post(), in.fullTime() == null || in.fullTime(),
                phone(v, "phone", in.phone()), email(v, "email", in.email()), points);
        v.throwIfAny();
        return c;
    }

    static TrainingRecord training(TrainingRecord in, LocalDate today) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        String title = v.requireText("title", in.title(), 200);
        if (in.startedOn() != null && in.startedOn().isAfter(today.plusYears(1))) {
            v.add("startedOn", "training.date");
        }
        if (in.hours() != null && (in.hours().signum() <= 0 || in.hours().compareTo(BigDecimal.valueOf(10000)) > 0)) {
            v.add("hours", "number.range", 0, 10000);
        }
        TrainingRecord t = new TrainingRecord(title, text(v, "provider", in.provider(), 200), in.startedOn(), in.hours(),
                text(v, "certificate", in.certificate(), 100));
        v.throwIfAny();
        return t;
    }

    static CheckedPoint point(ServicePointRegistration in, boolean update, String storedCode) {
        Violations v = start(in, update, in == null ? null : in.version());
        String code;
        if (update) {
            code = storedCode;
            if (in.code() != null && !in.code().isBlank() && !in.code().strip().equals(storedCode)) {
                v.add("code", "servicePoint.code-immutable");
            }
        } else {
            code = in.code() == null ? null : in.code().strip();
            if (code == null || code.isEmpty()) {
                v.add("code", "field.required");
            } else if (!POINT_CODE.matcher(code).matches()) {
                v.add("code", "servicePoint.code-format");
            }
        }
        String name = v.requireText("name", in.name(), 100);
        v.requirePresent("kind", in.kind());
        String township = text(v, "township", in.township(), 50);
        if (in.kind() == ServicePointKind.TOWNSHIP_CENTRE && township == null) {
            v.add("township", "servicePoint.township-required");
        }
        CheckedPoint c = new CheckedPoint(code, name, in.kind(), region(v, "regionCode", in.regionCode(), true), township,
                text(v, "address", in.address(), 200), phone(v, "phone", in.phone()));
        v.throwIfAny();
        return c;
    }

    private static Violations start(Object in, boolean update, Long version) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        if (update && version == null) {
            v.add("version", "field.required");
        }
        return v;
    }

    static Set<ServiceDomain> domains(Violations v, Set<ServiceDomain> in, boolean technicalOnly) {
        if (in == null || in.isEmpty() || in.stream().anyMatch(Objects::isNull)) {
            v.add("domains", "domains.required");
            return Set.of();
        }
        if (technicalOnly && in.stream().anyMatch(d -> !d.technical())) {
            v.add("domains", "domains.technical-only");
        }
        return EnumSet.copyOf(in);
    }

    private static String region(Violations v, String field, String value, boolean required) {
        String r = value == null || value.isBlank() ? null : value.strip();
        if (r == null) {
            if (required) {
                v.add(field, "field.required");
            }
        } else if (!REGION.matcher(r).matches()) {
            v.add(field, "regionCode.format");
        }
        return r;
    }

    private static String phone(Violations v, String field, String value) {
        String p = value == null || value.isBlank() ? null : value.strip();
        if (p != null && !PHONE.matcher(p).matches()) {
            v.add(field, "contactPhone.format");
        }
        return p;
    }

    private static String email(Violations v, String field, String value) {
        String e = value == null || value.isBlank() ? null : value.strip();
        if (e != null && (e.length() > 100 || !EMAIL.matcher(e).matches())) {
            v.add(field, "contactEmail.format");
        }
        return e;
    }

    private static Set<String> tags(Violations v, Set<String> in) {
        return TagRules.checkTags(v, in);
    }

    private static String text(Violations v, String field, String value, int max) {
        String s = value == null || value.isBlank() ? null : value.strip();
        if (s != null && s.length() > max) {
            v.add(field, "field.too-long", max);
        }
        return s;
    }
}
