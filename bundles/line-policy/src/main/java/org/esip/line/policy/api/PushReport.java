package org.esip.line.policy.api;

/**
 * What pushing one policy achieved (clause 5.2.1.2, 精准直达): how many enterprises it reached by matching,
 * how many got it, how many were held back by the weekly cap, how many read it and how many then applied.
 * A platform must see the gap between pushed and read, not hide it.
 *
 * @param readRate       read / pushed ({@code null} before anything was pushed)
 * @param conversionRate applied / pushed ({@code null} before anything was pushed)
 */
public record PushReport(long policyId, long eligible, long pushed, long heldBack, long read, long applied,
        Double readRate, Double conversionRate) {
}
