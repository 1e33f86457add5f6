package org.esip.line.consulting.rules;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The two-way match over many postings (clause 5.2.5): postings are bucketed by kind and type, and within a
 * bucket indexed by industry prefix (three characters) and city (first four digits of the region). A query
 * scores only the candidates that share its industry prefix or its city, or leave industry or region open;
 * {@link MatchRules} guarantees every other posting scores below {@link MatchRules#THRESHOLD}. A query without
 * industry or region scores its whole bucket. Immutable once built; build a new one when postings change.
 */
public final class MatchIndex {

    private static final class Bucket {
        final List<Posting> all = new ArrayList<>();
        final Map<String, List<Posting>> byIndustry = new HashMap<>();
        final Map<String, List<Posting>> byCity = new HashMap<>();
        final List<Posting> noIndustry = new ArrayList<>();
        final List<Posting> noRegion = new ArrayList<>();
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
        int n = 0;
        for (Posting p : postings) {
            if (!p.open()) {
                continue;
            }
            Bucket b = buckets.get(p.kind()).get(p.type());
            b.all.add(p);
            if (p.industry() == null) {
                b.noIndustry.add(p);
            } else {
                b.byIndustry.computeIfAbsent(MatchRules.prefix(p.industry(), 3), x -> new ArrayList<>()).add(p);
            }
            if (p.region() == null) {
                b.noRegion.add(p);
            } else {
                b.byCity.computeIfAbsent(MatchRules.prefix(p.region(), 4), x -> new ArrayList<>()).add(p);
            }
            n++;
        }
        size = n;
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
        String owner = query.owner();
        // Candidates scored once each (a posting may sit in both the industry and the city list).
        java.util.Set<Long> scored = new java.util.HashSet<>();
        List<Hit> hits = new ArrayList<>();
        if (query.industry() == null || query.region() == null) {
            for (Posting p : b.all) {
                consider(query, p, owner, date, scored, hits);
            }
        } else {
            for (List<Posting> list : List.of(
                    b.byIndustry.getOrDefault(MatchRules.prefix(query.industry(), 3), List.of()), b.noIndustry,
                    b.byCity.getOrDefault(MatchRules.prefix(query.region(), 4), List.of()), b.noRegion)) {
                for (Posting p : list) {
                    consider(query, p, owner, date, scored, hits);
                }
            }
        }
        hits.sort((x, y) -> x.score != y.score ? Integer.compare(y.score, x.score) : Long.compare(x.p.id(), y.p.id()));
        int n = Math.min(limit, hits.size());
        List<Match> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Hit h = hits.get(i);
            out.add(new Match(h.p.id(), h.score, MatchRules.explain(query, h.p)));
        }
        return out;
    }

    private record Hit(Posting p, int score) {
    }

    private static void consider(Posting q, Posting p, String owner, LocalDate date, java.util.Set<Long> scored,
            List<Hit> hits) {
        if (!p.activeOn(date) || owner.equals(p.owner()) || !scored.add(p.id())) {
            return;
        }
        int s = MatchRules.score(q, p);
        if (s >= MatchRules.THRESHOLD) {
            hits.add(new Hit(p, s));
        }
    }
}
