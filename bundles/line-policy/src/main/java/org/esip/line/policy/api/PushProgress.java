package org.esip.line.policy.api;

import java.time.Instant;

/**
 * How far the background pushes of a policy got since it was last published or changed while published: of
 * {@code toPush} enterprises (eligible and not told before), {@code pushed} are done (sent, or held back by the
 * weekly cap). {@code done} once every one is.
 *
 * @param startedAt  when the pushes were queued, {@code null} when the policy was never pushed
 * @param finishedAt when the last one was done, {@code null} while under way
 */
public record PushProgress(long policyId, long toPush, long pushed, boolean done, Instant startedAt,
        Instant finishedAt) {
}
