package org.esip.line.outreach.api;

/** An enterprise a campaign targets and why it was chosen (which conditions it meets). */
public record Target(long enterpriseId, String enterpriseName, String reason) {
}
