package org.esip.ticketing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.esip.provider.api.ServiceDomain;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.ServiceRecord;

/**
 * Ranks who could serve a ticket (clause 5.4.1.3), the one place for the weights: domain fit 40, region 20
 * (same county 20, same city 10), load 15 (fewer open tickets is better), record 25 (completion, timeliness
 * and satisfaction; a newcomer without a record counts as average). Staff choose; nothing is assigned here.
 */
final class DispatchAdvisor {
    static final int DOMAIN = 40;
    static final int REGION = 20;
    static final int LOAD = 15;
    static final int RECORD = 25;

    record Candidate(AssigneeKind kind, long id, String name, Set<ServiceDomain> domains, String regionCode) {
    }

    private DispatchAdvisor() {
    }

    static List<DispatchSuggestion> rank(ServiceDomain domain, String region, List<Candidate> candidates,
            BiFunction<AssigneeKind, Long, ServiceRecord> records, Map<String, Long> loads, int limit) {
        List<DispatchSuggestion> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> reasons = new ArrayList<>();
            double score = 0;
            boolean fit = domain != null && c.domains().contains(domain);
            if (domain == null) {
                score += DOMAIN / 2.0;
                reasons.add("领域未定（按一半计分） / domain not set (half score)");
            } else if (fit) {
                score += DOMAIN;
                reasons.add("服务领域相符：" + domain.nameZh() + " / serves " + domain.nameEn());
            } else {
                reasons.add("服务领域不符 / does not serve " + domain.nameEn());
            }
            int regionScore = regionScore(region, c.regionCode());
            score += regionScore;
            reasons.add(regionScore == REGION ? "同一县（市、区） / same county"
                    : regionScore > 0 ? "同一设区市 / same city" : "不同地区 / elsewhere");
            long load = loads.getOrDefault(c.kind() + ":" + c.id(), 0L);
            score += LOAD / (1.0 + load);
            reasons.add("在办 " + load + " 件 / " + load + " open");
            ServiceRecord r = records.apply(c.kind(), c.id());
            double quality = quality(r);
            score += RECORD * quality;
            reasons.add(r.completionRate() == null ? "暂无服务记录（按中等计） / no record yet (counted as average)"
                    : String.format("完成率 %.0f%%，按时率 %s，满意度 %s / completion %.0f%%, on time %s, satisfaction %s",
                            r.completionRate() * 100, percent(r.onTimeRate()), mean(r.meanSatisfaction()),
                            r.completionRate() * 100, percent(r.onTimeRate()), mean(r.meanSatisfaction())));
            if (r.complaints() > 0) {
                reasons.add("被投诉 " + r.complaints() + " 次 / " + r.complaints() + " complaint(s)");
            }
            ranked.add(new DispatchSuggestion(c.kind(), c.id(), c.name(), (int) Math.round(score), fit,
                    regionScore == REGION, load, r, reasons));
        }
        ranked.sort(Comparator.comparingInt(DispatchSuggestion::score).reversed()
                .thenComparing(DispatchSuggestion::openLoad).thenComparing(DispatchSuggestion::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Same county (first six digits of the division code) 20, same city (first four) 10. */
    static int regionScore(String a, String b) {
        if (a == null || b == null || a.length() < 4 || b.length() < 4) {
            return 0;
        }
        if (a.length() >= 6 && b.length() >= 6 && a.substring(0, 6).equals(b.substring(0, 6))) {
            return REGION;
        }
        return a.substring(0, 4).equals(b.substring(0, 4)) ? REGION / 2 : 0;
    }

    /** 0 … 1 from the record; 0.5 for a newcomer; each complaint costs 0.1. */
    static double quality(ServiceRecord r) {
        if (r.completionRate() == null) {
            return Math.max(0, 0.5 - 0.1 * r.complaints());
        }
        double onTime = r.onTimeRate() == null ? 0.5 : r.onTimeRate();
        double satisfaction = r.meanSatisfaction() == null ? 0.5 : (r.meanSatisfaction() - 1) / 4;
        return Math.max(0, (r.completionRate() + onTime + satisfaction) / 3 - 0.1 * r.complaints());
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format("%.0f%%", rate * 100);
    }

    private static String mean(Double m) {
        return m == null ? "—" : String.format("%.1f/5", m);
    }
}
