package org.esip.line.volunteer.api;

import java.math.BigDecimal;

/**
 * A service record to write after an activity: the volunteer, the enterprise served (one of the activity's
 * beneficiaries, optional), the hours (more than 0, at most the activity's length) and what was done; for an
 * amendment also the reason.
 */
public record RecordDraft(Long volunteerId, Long enterpriseId, BigDecimal hours, String content, String reason) {
}
