package org.esip.line.outreach.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esip.line.kit.FieldChecks;
import org.esip.line.outreach.api.TargetConditions;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;

/**
 * How a campaign's conditions read and why an enterprise meets them (the reason shown beside each target).
 * Pure rules, no services: the service resolves the enterprises through the core's EnterpriseQuery.
 */
final class TargetRule {
    private TargetRule() {
    }

    /** Checks the conditions' form: at least one, a region prefix of digits, an industry prefix, a size. */
    static void check(FieldChecks checks, TargetConditions c) {
        if (c == null || c.none()) {
            checks.check("conditions", false, "outreach.conditions.none");
            return;
        }
        checks.check("regionPrefix", blank(c.regionPrefix()) || c.regionPrefix().strip().matches("\\d{2,12}"),
                "outreach.region.invalid");
        checks.check("industryPrefix", blank(c.industryPrefix())
                || c.industryPrefix().strip().toUpperCase(Locale.ROOT).matches("[A-T](\\d{1,4})?"), "outreach.industry.invalid");
        checks.check("size", blank(c.size()) || size(c.size()) != null, "outreach.size.invalid");
        checks.maxLength("tag", c.tag(), 60);
    }

    /** The conditions as stored: stripped, blanks as {@code null}, industry and size upper-case. */
    static TargetConditions normalise(TargetConditions c) {
        return new TargetConditions(strip(c.regionPrefix()), upper(c.industryPrefix()), upper(c.size()), strip(c.tag()));
    }

    static EnterpriseSize size(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return EnterpriseSize.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code e} meets every given condition. */
    static boolean meets(Enterprise e, TargetConditions c) {
        return (c.regionPrefix() == null || e.regionCode() != null && e.regionCode().startsWith(c.regionPrefix()))
                && (c.industryPrefix() == null || e.industryCode() != null && e.industryCode().startsWith(c.industryPrefix()))
                && (c.size() == null || e.size() != null && e.size().name().equals(c.size()))
                && (c.tag() == null || e.tags().contains(c.tag()) || e.freeTags().contains(c.tag()));
    }

    /** Why {@code e} was chosen: each condition with the enterprise's own value, Chinese then English. */
    static String reason(Enterprise e, TargetConditions c) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (c.regionPrefix() != null) {
            zh.add("区划 " + e.regionCode() + (e.township() == null ? "" : "（" + e.township() + "）") + " 属 " + c.regionPrefix());
            en.add("region " + e.regionCode() + " in " + c.regionPrefix());
        }
        if (c.industryPrefix() != null) {
            zh.add("行业 " + e.industryCode() + (e.industryName() == null ? "" : " " + e.industryName()) + " 属 "
                    + c.industryPrefix());
            en.add("industry " + e.industryCode() + " in " + c.industryPrefix());
        }
        if (c.size() != null) {
            zh.add("规模 " + sizeZh(e.size()));
            en.add("size " + e.size());
        }
        if (c.tag() != null) {
            zh.add("标签 " + c.tag());
            en.add("tag " + c.tag());
        }
        return String.join("；", zh) + " / " + String.join("; ", en);
    }

    private static String sizeZh(EnterpriseSize s) {
        if (s == null) {
            return "未知";
        }
        return switch (s) {
            case LARGE -> "大型";
            case MEDIUM -> "中型";
            case SMALL -> "小型";
            case MICRO -> "微型";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
