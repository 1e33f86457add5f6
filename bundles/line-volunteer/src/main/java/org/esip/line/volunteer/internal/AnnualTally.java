package org.esip.line.volunteer.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.esip.line.volunteer.api.AnnualFigures;

/**
 * Adds up one year of confirmed service records per volunteer, team or organisation: a record counts once for
 * each group its volunteer belongs to (a volunteer in two teams counts for both teams, once for its organisation).
 */
final class AnnualTally {
    /** One counting record: whose, which activity, which enterprise (or none), how long. */
    record Entry(long volunteerId, long activityId, Long enterpriseId, BigDecimal hours) {
    }

    private AnnualTally() {
    }

    /**
     * @param groups the groups each volunteer belongs to (for volunteers: itself)
     * @param names  a group's name
     */
    static List<AnnualFigures> tally(String kind, int year, Collection<Entry> entries,
            Function<Long, Collection<Long>> groups, Function<Long, String> names) {
        Map<Long, List<Entry>> byGroup = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (Long g : new HashSet<>(groups.apply(e.volunteerId()))) {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
            }
        }
        List<AnnualFigures> out = new ArrayList<>();
        byGroup.forEach((group, list) -> {
            BigDecimal hours = list.stream().map(Entry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<Long> activities = new HashSet<>();
            Set<Long> enterprises = new HashSet<>();
            for (Entry e : list) {
                activities.add(e.activityId());
                if (e.enterpriseId() != null) {
                    enterprises.add(e.enterpriseId());
                }
            }
            out.add(new AnnualFigures(kind, group, names.apply(group), year, hours.setScale(2),
                    activities.size(), enterprises.size(), list.size()));
        });
        out.sort((a, b) -> b.hours().compareTo(a.hours()) != 0 ? b.hours().compareTo(a.hours())
                : Long.compare(a.id(), b.id()));
        return out;
    }
}
