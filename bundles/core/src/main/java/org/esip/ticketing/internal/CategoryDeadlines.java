package org.esip.ticketing.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's overrides of service-line ticket categories' resolution deadlines, from
 * {@code categoryDays} in {@code etc/org.esip.ticketing.cfg}: {@code policy.application=15, sample.visit=3}.
 * A malformed entry is logged and ignored, so the line's own default applies.
 */
final class CategoryDeadlines {
    private static final Logger LOG = LoggerFactory.getLogger(CategoryDeadlines.class);
    private static final Pattern ENTRY = Pattern.compile("\\s*([a-z][a-z0-9.-]*)\\s*[=:]\\s*(\\d{1,3})\\s*");

    private final Map<String, Integer> days;

    private CategoryDeadlines(Map<String, Integer> days) {
        this.days = Map.copyOf(days);
    }

    static CategoryDeadlines parse(String[] entries) {
        Map<String, Integer> days = new LinkedHashMap<>();
        if (entries != null) {
            Arrays.stream(entries).flatMap(e -> Arrays.stream(e.split(","))).filter(e -> !e.isBlank()).forEach(e -> {
                Matcher m = ENTRY.matcher(e);
                if (m.matches() && Integer.parseInt(m.group(2)) >= 1) {
                    days.put(m.group(1), Integer.parseInt(m.group(2)));
                } else {
                    LOG.error("etc/org.esip.ticketing.cfg: categoryDays entry '{}' is not <category>=<working days >= 1>;"
                            + " ignored", e.strip());
                }
            });
        }
        return new CategoryDeadlines(days);
    }

    /** The configured resolution deadline of a category, if the platform overrides the line's. */
    Optional<Integer> resolutionDays(String category) {
        return Optional.ofNullable(category == null ? null : days.get(category));
    }
}
