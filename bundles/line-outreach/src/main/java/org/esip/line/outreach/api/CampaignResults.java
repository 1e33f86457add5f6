package org.esip.line.outreach.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a campaign achieved: enterprises planned and visited, demands collected and resolved (their tickets' status),
 * satisfaction (their tickets' ratings), and what each township service centre delivered (clause 5.1.3 c).
 *
 * @param satisfactionRate satisfied ratings (very satisfied, satisfied, basically satisfied) per rating in percent,
 *                         {@code null} while none is rated
 */
public record CampaignResults(long campaignId, int targets, int planned, int visitedPlanned, int enterprisesVisited,
        int visits, int demands, int demandsWithTicket, int resolved, int rated, int satisfied,
        BigDecimal satisfactionRate, List<PointResult> byServicePoint) {
    public CampaignResults {
        byServicePoint = byServicePoint == null ? List.of() : List.copyOf(byServicePoint);
    }

    /** The services one township service centre delivered in the campaign ({@code servicePointId} null: none named). */
    public record PointResult(Long servicePointId, String name, int visits, int demands, int resolved) {
    }
}
