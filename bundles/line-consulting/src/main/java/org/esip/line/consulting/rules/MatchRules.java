package org.esip.line.consulting.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.esip.line.consulting.api.MatchReason;
import org.esip.line.consulting.api.Posting;

/**
 * How well a supply and a demand of the same type fit (clause 5.2.5), criterion by criterion:
 * <ul>
 * <li>industry (at most 40): the same code 40, the same first three characters (e.g. {@code C38}) 25, the same
 * section letter 10, either not limited 15, otherwise 0;</li>
 * <li>region (at most 30): the same code 30, the same city (first four digits) 20, the same province (first two)
 * 5, either not limited 10, otherwise 0;</li>
 * <li>amount (at most 30): the ranges overlap 30, either has no range 15, otherwise 0 with the gap named.</li>
 * </ul>
 * The type must be the same, the kinds opposite, both postings open and valid on the day and from different
 * owners: these are filters, not points. A pair is proposed from {@link #THRESHOLD} points. {@link MatchIndex}
 * relies on this table: a candidate sharing neither the industry prefix nor the city scores at most
 * 10 + 5 + 30 = 45, below the threshold.
 */
public final class MatchRules {
    /** The score from which a pair is proposed. */
    public static final int THRESHOLD = 50;
    static final int INDUSTRY_MAX = 40;
    static final int REGION_MAX = 30;
    static final int AMOUNT_MAX = 30;

    private MatchRules() {
    }

    /** The first {@code n} characters of {@code code} (all of it when shorter): the key of the index. */
    static String prefix(String code, int n) {
        return code.length() <= n ? code : code.substring(0, n);
    }

    /** Every criterion of {@code a} against {@code b} (the order is industry, region, amount). */
    public static List<MatchReason> explain(Posting a, Posting b) {
        List<MatchReason> r = new ArrayList<>(3);
        r.add(industry(a.industry(), b.industry()));
        r.add(region(a.region(), b.region()));
        r.add(amount(a.amountMin(), a.amountMax(), b.amountMin(), b.amountMax()));
        return r;
    }

    /** The sum of the criteria's points. */
    public static int score(List<MatchReason> reasons) {
        int s = 0;
        for (MatchReason m : reasons) {
            s += m.points();
        }
        return s;
    }

    /** The score without building the reasons (the index's inner loop). */
    static int score(Posting a, Posting b) {
        return industryPoints(a.industry(), b.industry()) + regionPoints(a.region(), b.region())
                + amountPoints(a.amountMin(), a.amountMax(), b.amountMin(), b.amountMax());
    }

    static int industryPoints(String a, String b) {
        if (a == null || b == null) {
            return 15;
        }
        if (a.equals(b)) {
            return 40;
        }
        if (prefix(a, 3).equals(prefix(b, 3))) {
            return 25;
        }
        return a.charAt(0) == b.charAt(0) ? 10 : 0;
    }

    static MatchReason industry(String a, String b) {
        int p = industryPoints(a, b);
        String zh;
        String en;
        if (a == null || b == null) {
            zh = "一方未限定行业";
            en = "One side does not limit the industry";
        } else if (p == 40) {
            zh = "行业相同（" + a + "）";
            en = "Same industry (" + a + ")";
        } else if (p == 25) {
            zh = "行业相近（同属 " + prefix(a, 3) + "：" + a + " / " + b + "）";
            en = "Related industries (both " + prefix(a, 3) + ": " + a + " / " + b + ")";
        } else if (p == 10) {
            zh = "同一门类（" + a.charAt(0) + "），行业不同：" + a + " / " + b;
            en = "Same section (" + a.charAt(0) + "), different industries: " + a + " / " + b;
        } else {
            zh = "行业不符：" + a + " / " + b;
            en = "Industries differ: " + a + " / " + b;
        }
        return new MatchReason("industry", p >= 25, p, INDUSTRY_MAX, zh, en);
    }

    static int regionPoints(String a, String b) {
        if (a == null || b == null) {
            return 10;
        }
        if (a.equals(b)) {
            return 30;
        }
        if (prefix(a, 4).equals(prefix(b, 4))) {
            return 20;
        }
        return prefix(a, 2).equals(prefix(b, 2)) ? 5 : 0;
    }

    static MatchReason region(String a, String b) {
        int p = regionPoints(a, b);
        String zh;
        String en;
        if (a == null || b == null) {
            zh = "一方未限定地区";
            en = "One side does not limit the region";
        } else if (p == 30) {
            zh = "地区相同（" + a + "）";
            en = "Same region (" + a + ")";
        } else if (p == 20) {
            zh = "同一城市（" + prefix(a, 4) + "）：" + a + " / " + b;
            en = "Same city (" + prefix(a, 4) + "): " + a + " / " + b;
        } else if (p == 5) {
            zh = "同省不同市：" + a + " / " + b;
            en = "Same province, different cities: " + a + " / " + b;
        } else {
            zh = "地区不符：" + a + " / " + b;
            en = "Regions differ: " + a + " / " + b;
        }
        return new MatchReason("region", p >= 20, p, REGION_MAX, zh, en);
    }

    private static boolean unlimited(BigDecimal min, BigDecimal max) {
        return min == null && max == null;
    }

    static int amountPoints(BigDecimal aMin, BigDecimal aMax, BigDecimal bMin, BigDecimal bMax) {
        if (unlimited(aMin, aMax) || unlimited(bMin, bMax)) {
            return 15;
        }
        return overlap(aMin, aMax, bMin, bMax) ? 30 : 0;
    }

    /** Closed ranges with open ends where a bound is missing. */
    static boolean overlap(BigDecimal aMin, BigDecimal aMax, BigDecimal bMin, BigDecimal bMax) {
        boolean aBelowB = aMax != null && bMin != null && aMax.compareTo(bMin) < 0;
        boolean bBelowA = bMax != null && aMin != null && bMax.compareTo(aMin) < 0;
        return !aBelowB && !bBelowA;
    }

    private static String range(BigDecimal min, BigDecimal max) {
        return (min == null ? "…" : min.stripTrailingZeros().toPlainString()) + "–"
                + (max == null ? "…" : max.stripTrailingZeros().toPlainString());
    }

    static MatchReason amount(BigDecimal aMin, BigDecimal aMax, BigDecimal bMin, BigDecimal bMax) {
        int p = amountPoints(aMin, aMax, bMin, bMax);
        String zh;
        String en;
        if (p == 15) {
            zh = "一方未限定金额";
            en = "One side gives no amount range";
        } else if (p == 30) {
            zh = "金额区间重叠（" + range(aMin, aMax) + " 元 / " + range(bMin, bMax) + " 元）";
            en = "Amount ranges overlap (" + range(aMin, aMax) + " / " + range(bMin, bMax) + " yuan)";
        } else {
            zh = "金额区间不重叠（" + range(aMin, aMax) + " 元 / " + range(bMin, bMax) + " 元）";
            en = "Amount ranges do not overlap (" + range(aMin, aMax) + " / " + range(bMin, bMax) + " yuan)";
        }
        return new MatchReason("amount", p == 30, p, AMOUNT_MAX, zh, en);
    }
}
