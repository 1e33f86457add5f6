package org.esip.line.api;

/** What the platform says about one indicator of an installed line (without measuring it). */
public record IndicatorInfo(String code, String nameZh, String nameEn, IndicatorUnit unit) {
}
