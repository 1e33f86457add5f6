package org.esip.line.volunteer.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A volunteer service record (志愿服务记录): who ({@code volunteerId}), what ({@code content}), when (the activity's
 * window), how long ({@code hours}) and who confirmed it ({@code confirmedBy}, {@code confirmedAt}).
 * {@code amendsId} names the record this one corrects.
 */
public record ServiceRecord(long id, long activityId, String activityTheme, long volunteerId, String volunteerName,
        Long enterpriseId, BigDecimal hours, String content, Instant servedFrom, Instant servedTo, RecordStatus status,
        Long amendsId, String reason, String createdBy, Instant createdAt, String confirmedBy, Instant confirmedAt,
        Evaluation evaluation, long version) {
}
