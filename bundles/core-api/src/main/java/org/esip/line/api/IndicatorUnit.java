package org.esip.line.api;

/** The unit of an evaluation {@link Indicator}'s value. */
public enum IndicatorUnit {
    COUNT("个", "count"),
    PERCENT("%", "%"),
    DAYS("天", "days"),
    HOURS("小时", "hours"),
    YUAN("元", "yuan"),
    SCORE("分", "points");

    private final String symbolZh;
    private final String symbolEn;

    IndicatorUnit(String symbolZh, String symbolEn) {
        this.symbolZh = symbolZh;
        this.symbolEn = symbolEn;
    }

    public String symbolZh() {
        return symbolZh;
    }

    public String symbolEn() {
        return symbolEn;
    }
}
