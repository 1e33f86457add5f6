package org.esip.line.consulting.api;

import java.util.List;

/** A posting proposed for another one, with its score (0–100) and every criterion's contribution. */
public record Match(long postingId, int score, List<MatchReason> reasons) {
    public Match {
        reasons = List.copyOf(reasons);
    }
}
