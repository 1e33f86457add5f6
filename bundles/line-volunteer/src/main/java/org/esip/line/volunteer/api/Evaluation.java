package org.esip.line.volunteer.api;

import java.time.Instant;

import org.esip.ticketing.api.SatisfactionGrade;

/** The served enterprise's evaluation of a service record: one of five grades and a comment. */
public record Evaluation(SatisfactionGrade grade, String comment, String ratedBy, Instant ratedAt) {
}
