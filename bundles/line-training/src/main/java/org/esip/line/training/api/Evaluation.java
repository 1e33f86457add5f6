package org.esip.line.training.api;

import java.time.Instant;

import org.esip.ticketing.api.SatisfactionGrade;

/** An enterprise's evaluation of a session it attended (clause 5.2.3.4): satisfaction in five grades, effect 1-5. */
public record Evaluation(long id, long sessionId, long enterpriseId, SatisfactionGrade satisfaction, int effect,
        String comment, Instant createdAt) {
}
