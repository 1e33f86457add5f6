package org.esip.line.consulting.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esip.line.consulting.api.Match;
import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;

/**
 * The two-way match over many postings (clause 5.2.5). Postings are bucketed by kind and type; within a bucket
 * every posting's structure is kept as numbers (industry, its three-character prefix and section, region, city
 * and province as ids of one dictionary; amounts in cents; validity in epoch days), and lists by industry prefix
 * and by city name the candidates. A query scores only the candidates that share its industry prefix or its city,
 * or leave industry or region open ({@link MatchRules} guarantees every other posting scores below
 * {@link MatchRules#THRESHOLD}); when those lists cover most of the bucket it runs through the bucket's arrays
 * instead. The score is {@link MatchRules}' to the point (the agreement test checks every pair); only the
 * returned matches get their explained reasons. Immutable once built, safe for concurrent queries; build a new
 * one when postings change. Amounts are compared in whole cents (the line stores two decimals).
 */
public final class MatchIndex {
    private static final int NONE = -1;
    private static final int UNKNOWN = -2;

    private final Map<String, Integer> dictionary = new HashMap<>();

    private final class Bucket {
        final List<Posting> postings = new ArrayList<>();
        int n;
        int[] industry;
        int[] industry3;
        int[] section;
        int[] region;
        int[] city;
        int[] province;
        long[] min;
        long[] max;
        boolean[] noAmount;
        long[] from;
        long[] to;
        long[] owner;
        final Map<Integer, int[]> byIndustry = new HashMap<>();
        final Map<Integer, int[]> byCity = new HashMap<>();
        int[] noIndustry;
        int[] noRegion;

        void freeze() {
            n = postings.size();
            industry = new int[n];
            industry3 = new int[n];
            section = new int[n];
            region = new int[n];
            city = new int[n];
            province = new int[n];
            min = new long[n];
            max = new long[n];
            noAmount = new boolean[n];
            from = new long[n];
            to = new long[n];
            owner = new long[n];
            Map<Integer, List<Integer>> ind = new HashMap<>();
            Map<Integer, List<Integer>> cit = new HashMap<>();
            List<Integer> noInd = new ArrayList<>();
            List<Integer> noReg = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Facts f = facts(postings.get(i), true);
                industry[i] = f.industry;
                industry3[i] = f.industry3;
                section[i] = f.section;
                region[i] = f.region;
                city[i] = f.city;
                province[i] = f.province;
                min[i] = f.min;
                max[i] = f.max;
                noAmount[i] = f.noAmount;
                from[i] = f.from;
                to[i] = f.to;
                owner[i] = f.owner;
                if (f.industry == NONE) {
                    noInd.add(i);
                } else {
                    ind.computeIfAbsent(f.industry3, x -> new ArrayList<>()).add(i);
                }
                if (f.region == NONE) {
                    noReg.add(i);
                } else {
                    cit.computeIfAbsent(f.city, x -> new ArrayList<>()).add(i);
                }
            }
            ind.forEach((k, v) -> byIndustry.put(k, ints(v)));
            cit.forEach((k, v) -> byCity.put(k, ints(v)));
            noIndustry = ints(noInd);
            noRegion = ints(noReg);
        }

        int score(Facts q, int i) {
            int s;
            if (q.industry == NONE || industry[i] == NONE) {
                s = 15;
            } else if (q.industry == industry[i]) {
                s = 40;
            } else if (q.industry3 == industry3[i]) {
                s = 25;
            } else {
                s = q.section == section[i] ? 10 : 0;
            }
            if (q.region == NONE || region[i] == NONE) {
                s += 10;
            } else if (q.region == region[i]) {
                s += 30;
            } else if (q.city == city[i]) {
                s += 20;
            } else if (q.province == province[i]) {
                s += 5;
            }
            if (q.noAmount || noAmount[i]) {
                s += 15;
            } else if (q.max >= min[i] && max[i] >= q.min) {
                s += 30;
            }
            return s;
        }
    }

    private static int[] ints(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** A posting's structure as numbers. */
    private static final class Facts {
        int industry;
        int industry3;
        int section;
        int region;
        int city;
        int province;
        long min;
        long max;
        boolean noAmount;
        long from;
        long to;
        long owner;
    }

    private int id(String s, boolean add) {
        if (s == null) {
            return NONE;
        }
        Integer i = dictionary.get(s);
        if (i == null) {
            if (!add) {
                return UNKNOWN;
            }
            i = dictionary.size();
            dictionary.put(s, i);
        }
        return i;
    }

    private Facts facts(Posting p, boolean add) {
        Facts f = new Facts();
        f.industry = id(p.industry(), add);
        f.industry3 = p.industry() == null ? NONE : id(MatchRules.prefix(p.industry(), 3), add);
        f.section = p.industry() == null ? NONE : p.industry().charAt(0);
        f.region = id(p.region(), add);
        f.city = p.region() == null ? NONE : id(MatchRules.prefix(p.region(), 4), add);
        f.province = p.region() == null ? NONE : id(MatchRules.prefix(p.region(), 2), add);
        f.noAmount = p.amountMin() == null && p.amountMax() == null;
        f.min = cents(p.amountMin(), RoundingMode.FLOOR, Long.MIN_VALUE);
        f.max = cents(p.amountMax(), RoundingMode.CEILING, Long.MAX_VALUE);
        f.from = p.validFrom() == null ? Long.MIN_VALUE : p.validFrom().toEpochDay();
        f.to = p.validTo() == null ? Long.MAX_VALUE : p.validTo().toEpochDay();
        f.owner = p.enterpriseId() != null ? p.enterpriseId() * 2 : p.organisationId() != null
                ? p.organisationId() * 2 + 1 : Long.MIN_VALUE;
        return f;
    }

    private static long cents(BigDecimal v, RoundingMode mode, long missing) {
        return v == null ? missing : v.setScale(2, mode).unscaledValue().longValue();
    }

    private final Map<PostingKind, Map<PostingType, Bucket>> buckets = new EnumMap<>(PostingKind.class);
    private final int size;

    public MatchIndex(Collection<Posting> postings) {
        for (PostingKind k : PostingKind.values()) {
            Map<PostingType, Bucket> m = new EnumMap<>(PostingType.class);
            for (PostingType t : PostingType.values()) {
                m.put(t, new Bucket());
            }
            buckets.put(k, m);
        }
        int count = 0;
        for (Posting p : postings) {
            if (p.open()) {
                buckets.get(p.kind()).get(p.type()).postings.add(p);
                count++;
            }
        }
        for (Map<PostingType, Bucket> m : buckets.values()) {
            for (Bucket b : m.values()) {
                b.freeze();
            }
        }
        size = count;
    }

    /** Open postings in the index. */
    public int size() {
        return size;
    }

    /**
     * The postings of the opposite kind and the same type that fit {@code query} on {@code date} with at least
     * {@link MatchRules#THRESHOLD} points, best first (ties by id), at most {@code limit}, each with its reasons.
     */
    public List<Match> matches(Posting query, LocalDate date, int limit) {
        Bucket b = buckets.get(query.kind().opposite()).get(query.type());
        Facts q = facts(query, false);
        long day = date.toEpochDay();
        int[] hitIndex = new int[64];
        int[] hitScore = new int[64];
        int hits = 0;
        int[][] lists = null;
        if (q.industry != NONE && q.region != NONE) {
            lists = new int[][] {b.byIndustry.getOrDefault(q.industry3, new int[0]), b.noIndustry,
                b.byCity.getOrDefault(q.city, new int[0]), b.noRegion};
            long total = 0;
            for (int[] l : lists) {
                total += l.length;
            }
            if (total * 2 > b.n) {
                lists = null; // most of the bucket: one pass over the arrays beats the de-duplication
            }
        }
        long[] seen = lists == null ? null : new long[(b.n + 63) / 64];
        int listNo = 0;
        int pos = 0;
        for (int k = 0; ; k++) {
            int i;
            if (lists == null) {
                if (k >= b.n) {
                    break;
                }
                i = k;
            } else {
                while (listNo < lists.length && pos >= lists[listNo].length) {
                    listNo++;
                    pos = 0;
                }
                if (listNo >= lists.length) {
                    break;
                }
                i = lists[listNo][pos++];
                if ((seen[i >>> 6] & (1L << i)) != 0) {
                    continue;
                }
                seen[i >>> 6] |= 1L << i;
            }
            if (b.from[i] > day || b.to[i] < day || b.owner[i] == q.owner) {
                continue;
            }
            int s = b.score(q, i);
            if (s >= MatchRules.THRESHOLD) {
                if (hits == hitIndex.length) {
                    hitIndex = Arrays.copyOf(hitIndex, hits * 2);
                    hitScore = Arrays.copyOf(hitScore, hits * 2);
                }
                hitIndex[hits] = i;
                hitScore[hits++] = s;
            }
        }
        // The lowest score that still makes the top `limit` (scores are 0..100), then only those sorted.
        int[] perScore = new int[101];
        for (int h = 0; h < hits; h++) {
            perScore[hitScore[h]]++;
        }
        int cut = 100;
        for (int taken = 0; cut > 0; cut--) {
            taken += perScore[cut];
            if (taken >= limit) {
                break;
            }
        }
        long[] top = new long[hits];
        int t = 0;
        for (int h = 0; h < hits; h++) {
            if (hitScore[h] >= cut) {
                // best score first, then the lower id: (100 - score) in the high bits, the id below
                top[t++] = ((long) (100 - hitScore[h]) << 48) | b.postings.get(hitIndex[h]).id();
            }
        }
        Arrays.sort(top, 0, t);
        Map<Long, Posting> byId = new HashMap<>();
        for (int h = 0; h < hits; h++) {
            if (hitScore[h] >= cut) {
                Posting p = b.postings.get(hitIndex[h]);
                byId.put(p.id(), p);
            }
        }
        int n = Math.min(limit, t);
        List<Match> out = new ArrayList<>(n);
        for (int h = 0; h < n; h++) {
            int score = 100 - (int) (top[h] >>> 48);
            long id = top[h] & ((1L << 48) - 1);
            out.add(new Match(id, score, MatchRules.explain(query, byId.get(id))));
        }
        return out;
    }
}
