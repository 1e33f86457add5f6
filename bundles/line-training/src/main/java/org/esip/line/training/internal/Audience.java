package org.esip.line.training.internal;

import java.util.ArrayList;
import java.util.List;

import org.esip.line.training.api.AudienceCheck;
import org.esip.registry.api.Enterprise;

/**
 * A session's audience (clause 5.2.3.1): region code prefixes, industry code prefixes and sizes, each empty for
 * "any". The check explains each condition; data the enterprise has not given (no industry, no size) do not exclude it.
 */
record Audience(List<String> regions, List<String> industries, List<String> sizes) {
    static final String MET = "MET";
    static final String NOT_MET = "NOT_MET";
    static final String UNKNOWN = "UNKNOWN";

    AudienceCheck check(long sessionId, Enterprise e) {
        List<AudienceCheck.Condition> conditions = new ArrayList<>();
        conditions.add(prefixes("region", regions, e.regionCode()));
        conditions.add(prefixes("industry", industries, e.industryCode()));
        String size = e.size() == null ? null : e.size().name();
        if (sizes.isEmpty()) {
            conditions.add(condition("size", MET, "audience.any"));
        } else if (size == null) {
            conditions.add(condition("size", UNKNOWN, "audience.size.unknown", String.join("/", sizes)));
        } else {
            conditions.add(condition("size", sizes.contains(size) ? MET : NOT_MET,
                    sizes.contains(size) ? "audience.size.met" : "audience.size.not-met", size, String.join("/", sizes)));
        }
        boolean fits = conditions.stream().noneMatch(c -> NOT_MET.equals(c.result()));
        return new AudienceCheck(sessionId, e.id(), fits, conditions);
    }

    private static AudienceCheck.Condition prefixes(String code, List<String> prefixes, String value) {
        if (prefixes.isEmpty()) {
            return condition(code, MET, "audience.any");
        }
        String wanted = String.join("/", prefixes);
        if (value == null || value.isBlank()) {
            return condition(code, UNKNOWN, "audience." + code + ".unknown", wanted);
        }
        boolean ok = prefixes.stream().anyMatch(value::startsWith);
        return condition(code, ok ? MET : NOT_MET, "audience." + code + (ok ? ".met" : ".not-met"), value, wanted);
    }

    private static AudienceCheck.Condition condition(String code, String result, String key, Object... args) {
        return new AudienceCheck.Condition(code, result, TrainingTexts.TEXTS.zh(key, args),
                TrainingTexts.TEXTS.en(key, args));
    }
}
