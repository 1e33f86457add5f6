package org.esip.registry.internal;

import java.math.BigDecimal;

import org.esip.registry.api.EnterpriseSize;

/**
 * Enterprise size by 工信部联企业〔2011〕300号 (中小企业划型标准规定), with the sectors mapped to
 * GB/T 4754-2017 as the statistical rules (统计上大中小微型企业划分办法(2017)) do. An enterprise is
 * large when it meets every upper bound of its sector, else medium when it meets every medium lower
 * bound, else small when it meets every small lower bound, else micro. When a value the sector needs
 * is missing, or the code does not decide the sector, the size is unknown ({@code null}), never guessed.
 * Units: employees in persons, revenue (Y) and total assets (Z) in 万元.
 */
public final class SmeSizeClassifier {

    /** One sector's thresholds: {large, medium, small} for employees (X), revenue (Y) and assets (Z); null = not used. */
    enum Sector {
        AGRICULTURE(null, new long[] {20000, 500, 50}, null),
        INDUSTRY(new long[] {1000, 300, 20}, new long[] {40000, 2000, 300}, null),
        CONSTRUCTION(null, new long[] {80000, 6000, 300}, new long[] {80000, 5000, 300}),
        WHOLESALE(new long[] {200, 20, 5}, new long[] {40000, 5000, 1000}, null),
        RETAIL(new long[] {300, 50, 10}, new long[] {20000, 500, 100}, null),
        TRANSPORT(new long[] {1000, 300, 20}, new long[] {30000, 3000, 200}, null),
        WAREHOUSING(new long[] {200, 100, 20}, new long[] {30000, 1000, 100}, null),
        POSTAL(new long[] {1000, 300, 20}, new long[] {30000, 2000, 100}, null),
        ACCOMMODATION_CATERING(new long[] {300, 100, 10}, new long[] {10000, 2000, 100}, null),
        INFORMATION_TRANSMISSION(new long[] {2000, 100, 10}, new long[] {100000, 1000, 100}, null),
        SOFTWARE_IT(new long[] {300, 100, 10}, new long[] {10000, 1000, 50}, null),
        REAL_ESTATE_DEVELOPMENT(null, new long[] {200000, 1000, 100}, new long[] {10000, 5000, 2000}),
        PROPERTY_MANAGEMENT(new long[] {1000, 300, 100}, new long[] {5000, 1000, 500}, null),
        LEASING_BUSINESS(new long[] {300, 100, 10}, null, new long[] {120000, 8000, 100}),
        OTHER(new long[] {300, 100, 10}, null, null);

        final long[] employees;
        final long[] revenue;
        final long[] assets;

        Sector(long[] employees, long[] revenue, long[] assets) {
            this.employees = employees;
            this.revenue = revenue;
            this.assets = assets;
        }
    }

    private SmeSizeClassifier() {
    }

    /** The sector of a GB/T 4754-2017 code, or null when the code is too coarse to decide it. */
    static Sector sectorOf(String industryCode) {
        if (industryCode == null || industryCode.isEmpty()) {
            return null;
        }
        char section = industryCode.charAt(0);
        String digits = industryCode.substring(1);
        String division = digits.length() >= 2 ? digits.substring(0, 2) : null;
        switch (section) {
            case 'A':
                return Sector.AGRICULTURE;
            case 'B', 'C', 'D':
                return Sector.INDUSTRY;
            case 'E':
                return Sector.CONSTRUCTION;
            case 'L':
                return Sector.LEASING_BUSINESS;
            case 'F':
                return division == null ? null : "51".equals(division) ? Sector.WHOLESALE : Sector.RETAIL;
            case 'H':
                return division == null ? null : Sector.ACCOMMODATION_CATERING;
            case 'I':
                return division == null ? null : "65".equals(division) ? Sector.SOFTWARE_IT : Sector.INFORMATION_TRANSMISSION;
            case 'G':
                if (division == null) {
                    return null;
                }
                switch (division) {
                    case "53":
                        return Sector.OTHER; // railways are not among the sectors of the rules
                    case "60":
                        return Sector.POSTAL;
                    case "59":
                        // 591 装卸搬运 counts as transport; the rest of 59 is warehousing
                        return digits.length() < 3 ? null : digits.startsWith("591") ? Sector.TRANSPORT : Sector.WAREHOUSING;
                    default:
                        return Sector.TRANSPORT;
                }
            case 'K':
                if (division == null || digits.length() < 3) {
                    return null;
                }
                return digits.startsWith("701") ? Sector.REAL_ESTATE_DEVELOPMENT
                        : digits.startsWith("702") ? Sector.PROPERTY_MANAGEMENT : Sector.OTHER;
            default:
                return Sector.OTHER;
        }
    }

    /** @return the size, or null when the data do not decide it */
    public static EnterpriseSize classify(String industryCode, Integer employees, BigDecimal revenue,
            BigDecimal assets) {
        Sector sector = sectorOf(industryCode);
        if (sector == null || sector.employees != null && employees == null || sector.revenue != null && revenue == null
                || sector.assets != null && assets == null) {
            return null;
        }
        EnterpriseSize[] sizes = {EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL};
        for (int level = 0; level < sizes.length; level++) {
            if (meets(sector.employees, level, employees == null ? null : BigDecimal.valueOf(employees))
                    && meets(sector.revenue, level, revenue) && meets(sector.assets, level, assets)) {
                return sizes[level];
            }
        }
        return EnterpriseSize.MICRO;
    }

    private static boolean meets(long[] bounds, int level, BigDecimal value) {
        return bounds == null || value.compareTo(BigDecimal.valueOf(bounds[level])) >= 0;
    }
}
