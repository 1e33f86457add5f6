package org.esip.line.consulting.api;

/**
 * One criterion of a match and its contribution to the score: {@code points} of at most {@code maxPoints},
 * whether it fits, and why in Chinese and English (clause 5.2.5: the match is explained, never a black box).
 */
public record MatchReason(String criterion, boolean fits, int points, int maxPoints, String zh, String en) {
}
