package org.esip.line.api;

import java.time.Instant;

/**
 * One indicator measured now.
 *
 * @param value   the value, or {@code null} when there is none or it could not be measured
 * @param errorZh why it could not be measured, in Chinese ({@code null} when it was)
 * @param errorEn the same in English
 */
public record IndicatorValue(String lineId, String code, String nameZh, String nameEn, IndicatorUnit unit,
        Number value, Instant measuredAt, String errorZh, String errorEn) {
}
