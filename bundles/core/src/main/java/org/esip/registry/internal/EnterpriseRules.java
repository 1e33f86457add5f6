package org.esip.registry.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.core.internal.i18n.Violations;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseUpdate;

/** The one place where an enterprise record is checked and normalised (clause 4.4.2). */
public final class EnterpriseRules {
    /** GB/T 2260 administrative division: six digits, province part not 00. */
    private static final Pattern REGION = Pattern.compile("[1-9]\\d{5}");
    /** GB/T 4754-2017: a section letter A–T, optionally followed by division (2), group (3) or class (4) digits. */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");
    public static final int NAME_MAX = 200;
    public static final int TAG_MAX = 64;
    public static final int TAGS_MAX = 50;

    private EnterpriseRules() {
    }

    /**
     * Validates a registration and returns it normalised.
     *
     * @throws org.esip.core.api.ValidationException naming every invalid field
     */
    public static EnterpriseRegistration normalize(EnterpriseRegistration in) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        String creditCode = UnifiedSocialCreditCode.normalize(in.creditCode());
        if (creditCode == null || creditCode.isEmpty()) {
            v.add("creditCode", "field.required");
        } else {
            UnifiedSocialCreditCode.Defect defect = UnifiedSocialCreditCode.defectOf(creditCode);
            if (defect != null) {
                v.add("creditCode", "creditCode." + defect.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        Descriptive d = descriptive(v, in.name(), in.regionCode(), in.industryCode(), in.tags());
        v.throwIfAny();
        return new EnterpriseRegistration(creditCode, d.name(), d.regionCode(), d.industryCode(), d.tags());
    }

    /**
     * Validates an update and returns it normalised.
     *
     * @throws org.esip.core.api.ValidationException naming every invalid field
     */
    public static EnterpriseUpdate normalize(EnterpriseUpdate in) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        if (in.version() == null) {
            v.add("version", "field.required");
        }
        Descriptive d = descriptive(v, in.name(), in.regionCode(), in.industryCode(), in.tags());
        v.throwIfAny();
        return new EnterpriseUpdate(in.version(), d.name(), d.regionCode(), d.industryCode(), d.tags());
    }

    /** The fields a registration and an update share, checked the same way for both. */
    private record Descriptive(String name, String regionCode, String industryCode, Set<String> tags) {
    }

    private static Descriptive descriptive(Violations v, String name, String regionCode, String industryCode,
            Set<String> rawTags) {
        String checkedName = v.requireText("name", name, NAME_MAX);
        String region = regionCode == null ? null : regionCode.strip();
        if (region == null || region.isEmpty()) {
            v.add("regionCode", "field.required");
        } else if (!REGION.matcher(region).matches()) {
            v.add("regionCode", "regionCode.format");
        }
        String industry = industryCode == null || industryCode.isBlank() ? null
                : industryCode.strip().toUpperCase(Locale.ROOT);
        if (industry != null && !INDUSTRY.matcher(industry).matches()) {
            v.add("industryCode", "industryCode.format");
        }
        Set<String> tags = new LinkedHashSet<>();
        if (rawTags != null) {
            for (String tag : rawTags) {
                if (tag == null || tag.isBlank()) {
                    v.add("tags", "tags.blank");
                } else if (tag.strip().length() > TAG_MAX) {
                    v.add("tags", "tags.too-long", TAG_MAX);
                } else {
                    tags.add(tag.strip());
                }
            }
            if (tags.size() > TAGS_MAX) {
                v.add("tags", "tags.too-many", TAGS_MAX);
            }
        }
        return new Descriptive(checkedName, region, industry, tags);
    }
}
