package org.esip.registry.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.seam.TagRules;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.UnifiedSocialCreditCode;

/**
 * The one place where an enterprise record is checked and normalised (clause 4.4.2), for a
 * registration, an update and an imported row alike.
 */
public final class EnterpriseRules {
    /** GB/T 2260 administrative division: six digits, province part not 00. */
    private static final Pattern REGION = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int NAME_MAX = 200;
    public static final int QUALIFICATIONS_MAX = 30;
    private static final BigDecimal MONEY_MAX = new BigDecimal("100000000000"); // 万元

    private EnterpriseRules() {
    }

    /** A registration or update after checking: every text stripped, codes upper-cased. */
    public record Checked(String creditCode, String name, String regionCode, String township, String address,
            String industryCode, String legalRepresentative, String contactPerson, String contactPhone,
            String contactEmail, Integer employees, BigDecimal annualRevenue, BigDecimal totalAssets,
            LocalDate foundedOn, EnterpriseSize sizeOverride, List<Qualification> qualifications,
            Set<String> tags) {
    }

    /**
     * Validates a registration (credit code required) and returns it normalised.
     *
     * @throws org.esip.core.api.ValidationException naming every invalid field
     */
    public static Checked forRegistration(EnterpriseRegistration in, LocalDate today) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        Checked c = check(v, in, checkCreditCode(v, in.creditCode()), today);
        v.throwIfAny();
        return c;
    }

    /**
     * Validates an update (version required; the credit code may be repeated but not changed) and
     * returns it normalised.
     */
    public static Checked forUpdate(EnterpriseRegistration in, String storedCreditCode, LocalDate today) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        if (in.version() == null) {
            v.add("version", "field.required");
        }
        String code = UnifiedSocialCreditCode.normalize(in.creditCode());
        if (code != null && !code.isEmpty() && !code.equals(storedCreditCode)) {
            v.add("creditCode", "creditCode.immutable");
        }
        Checked c = check(v, in, storedCreditCode, today);
        v.throwIfAny();
        return c;
    }

    /** Checks the fields of one imported row, reporting into {@code v} instead of throwing. */
    static Checked forImport(Violations v, EnterpriseRegistration in, LocalDate today) {
        return check(v, in, checkCreditCode(v, in.creditCode()), today);
    }

    static String checkCreditCode(Violations v, String raw) {
        String creditCode = UnifiedSocialCreditCode.normalize(raw);
        if (creditCode == null || creditCode.isEmpty()) {
            v.add("creditCode", "field.required");
        } else {
            UnifiedSocialCreditCode.Defect defect = UnifiedSocialCreditCode.defectOf(creditCode);
            if (defect != null) {
                v.add("creditCode", "creditCode." + defect.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        return creditCode;
    }

    private static Checked check(Violations v, EnterpriseRegistration in, String creditCode, LocalDate today) {
        String name = v.requireText("name", in.name(), NAME_MAX);
        String region = strip(in.regionCode());
        if (region == null) {
            v.add("regionCode", "field.required");
        } else if (!REGION.matcher(region).matches()) {
            v.add("regionCode", "regionCode.format");
        }
        String industry = strip(in.industryCode()) == null ? null : in.industryCode().strip().toUpperCase(Locale.ROOT);
        if (industry != null && !IndustryClassification.isValid(industry)) {
            v.add("industryCode", "industryCode.format");
        }
        String phone = strip(in.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.add("contactPhone", "contactPhone.format");
        }
        String email = strip(in.contactEmail());
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            v.add("contactEmail", "contactEmail.format");
        }
        if (in.employees() != null && (in.employees() < 0 || in.employees() > 10_000_000)) {
            v.add("employees", "number.range", 0, 10_000_000);
        }
        BigDecimal revenue = money(v, "annualRevenue", in.annualRevenue());
        BigDecimal assets = money(v, "totalAssets", in.totalAssets());
        if (in.foundedOn() != null && (in.foundedOn().isAfter(today) || in.foundedOn().getYear() < 1900)) {
            v.add("foundedOn", "foundedOn.range");
        }
        List<Qualification> qualifications = new ArrayList<>();
        if (in.qualifications() != null) {
            if (in.qualifications().size() > QUALIFICATIONS_MAX) {
                v.add("qualifications", "list.too-many", QUALIFICATIONS_MAX);
            }
            for (int i = 0; i < in.qualifications().size(); i++) {
                Qualification q = in.qualifications().get(i);
                String field = "qualifications[" + i + "]";
                if (q == null || q.type() == null) {
                    v.add(field + ".type", "field.required");
                    continue;
                }
                if (q.issuedOn() != null && q.validUntil() != null && q.validUntil().isBefore(q.issuedOn())) {
                    v.add(field + ".validUntil", "validUntil.before-issued");
                }
                String number = strip(q.number());
                if (number != null && number.length() > 64) {
                    v.add(field + ".number", "field.too-long", 64);
                }
                qualifications.add(new Qualification(q.type(), number, q.issuedOn(), q.validUntil(),
                        q.validUntil() != null && q.validUntil().isBefore(today)));
            }
        }
        return new Checked(creditCode, name, region, text(v, "township", in.township(), 50),
                text(v, "address", in.address(), 200), industry,
                text(v, "legalRepresentative", in.legalRepresentative(), 50),
                text(v, "contactPerson", in.contactPerson(), 50), phone, email, in.employees(), revenue, assets,
                in.foundedOn(), in.sizeOverride(), qualifications, TagRules.checkTags(v, in.tags()));
    }

    /** Amounts in 万元 with at most two decimals, kept at scale 2 so that equal amounts compare equal. */
    private static BigDecimal money(Violations v, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MONEY_MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            v.add(field, "money.range");
            return value;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String text(Violations v, String field, String value, int max) {
        String s = strip(value);
        if (s != null && s.length() > max) {
            v.add(field, "field.too-long", max);
        }
        return s;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
