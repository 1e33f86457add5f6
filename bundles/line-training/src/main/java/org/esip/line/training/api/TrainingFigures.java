package org.esip.line.training.api;

import java.math.BigDecimal;

/**
 * The evaluation indicators of clause 5.2.3.4 over a set of sessions.
 *
 * @param sessionsHeld   scheduled sessions whose end has passed
 * @param registrations  confirmed places in those sessions (参与人次 planned)
 * @param attendances    attendees checked in (参与人次)
 * @param attendanceRate attendances / registrations in percent; {@code null} without registrations
 * @param satisfaction   share of evaluations 非常满意, 满意 or 基本满意 in percent; {@code null} without evaluations
 * @param averageGrade   satisfaction as a score 1 (非常不满意) to 5 (非常满意); {@code null} without evaluations
 * @param effect         average effect score 1-5; {@code null} without evaluations
 */
public record TrainingFigures(long sessionsHeld, long registrations, long attendances, BigDecimal attendanceRate,
        long evaluations, BigDecimal satisfaction, BigDecimal averageGrade, BigDecimal effect) {
}
