package org.esip.ticketing.api;

import java.util.List;

/**
 * An organisation or expert that could serve a ticket, ranked for staff to choose (clause 5.4.1.3).
 *
 * @param score    0 … 100, higher is a better fit
 * @param reasons  how the score came about, one line per factor (domain, region, load, record), zh then en
 * @param openLoad tickets it holds now that are not yet resolved
 */
public record DispatchSuggestion(AssigneeKind kind, long id, String name, int score, boolean domainFit,
        boolean sameRegion, long openLoad, ServiceRecord record, List<String> reasons) {
    public DispatchSuggestion {
        reasons = List.copyOf(reasons);
    }
}
