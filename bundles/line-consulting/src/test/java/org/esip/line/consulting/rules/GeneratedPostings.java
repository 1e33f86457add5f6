package org.esip.line.consulting.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;

/**
 * Postings at platform scale for the matching benchmark: the twelve county-level divisions of 温州 and 5 %
 * elsewhere in Zhejiang, 20 industries, the five types, half supplies and half demands, amounts log-spread,
 * validity periods some of which have run out; region 5 % and industry 8 % not limited.
 */
public final class GeneratedPostings {
    static final String[] REGIONS = {"330302", "330303", "330304", "330305", "330324", "330326", "330327", "330328",
        "330329", "330381", "330382", "330383"};
    static final String[] ELSEWHERE = {"330102", "330203", "330402", "330602", "331002"};
    static final String[] INDUSTRIES = {"C3823", "C3443", "C3670", "C1952", "C3587", "C2319", "I6513", "C3821",
        "C3824", "C3891", "C3441", "C3660", "C1953", "C2929", "C3311", "F5179", "L7212", "M7320", "C2438", "C4090"};

    private GeneratedPostings() {
    }

    public static List<Posting> of(int n, long seed, LocalDate day) {
        Random r = new Random(seed);
        List<Posting> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String region = r.nextInt(100) < 5 ? null
                    : r.nextInt(100) < 5 ? ELSEWHERE[r.nextInt(ELSEWHERE.length)] : REGIONS[r.nextInt(REGIONS.length)];
            String industry = r.nextInt(100) < 8 ? null : INDUSTRIES[r.nextInt(INDUSTRIES.length)];
            BigDecimal min = null;
            BigDecimal max = null;
            if (r.nextInt(100) < 70) {
                long lo = (long) Math.pow(10, 4 + r.nextDouble() * 4);
                min = BigDecimal.valueOf(lo);
                max = BigDecimal.valueOf(lo * (2 + r.nextInt(8)));
            }
            LocalDate to = r.nextInt(100) < 80 ? day.plusDays(r.nextInt(365) - 30) : null;
            out.add(new Posting(i, r.nextBoolean() ? PostingKind.SUPPLY : PostingKind.DEMAND,
                    PostingType.values()[r.nextInt(PostingType.values().length)], "p" + i, null,
                    (long) (1 + r.nextInt(30_000)), null, industry, region, min, max, null, to, true, 0));
        }
        return out;
    }
}
