package org.esip.ticketing.api;

/**
 * How an organisation or expert has served (clause 6.3.3), computed from the tickets dispatched to it;
 * the basis for rating and retiring weak ones. Rates are {@code null} while there is nothing to rate.
 *
 * @param assigned         tickets dispatched to it and not returned
 * @param completed        of those, resolved (or further along)
 * @param onTime           of the completed, resolved by their deadline
 * @param completionRate   completed / assigned
 * @param onTimeRate       onTime / completed
 * @param evaluations      how many were evaluated by the enterprise
 * @param meanSatisfaction mean grade, 5 = 非常满意 … 1 = 非常不满意
 * @param complaints       complaints about it (clause 5.5)
 */
public record ServiceRecord(long assigned, long completed, long onTime, Double completionRate, Double onTimeRate,
        long evaluations, Double meanSatisfaction, long complaints) {
}
