package org.esip.platform.api;

import java.time.Instant;

/**
 * One service line in the platform's line mix: whether the platform runs it, and which node last changed that.
 *
 * @param lineId    the line's id, e.g. {@code policy} (its feature is {@code esip-line-<id>})
 * @param installed {@code true} while the platform runs the line; {@code false} once it was uninstalled
 * @param changedAt when it was last installed or uninstalled
 * @param changedBy the node that did it ({@link PlatformLineMix#nodeId()})
 */
public record LineMixEntry(String lineId, boolean installed, Instant changedAt, String changedBy) {
}
