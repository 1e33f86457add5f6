package org.esip.line.volunteer.api;

import java.math.BigDecimal;

/**
 * One year of confirmed service of a volunteer, a team or an organisation: hours, activities taken part in, and
 * distinct enterprises served.
 */
public record AnnualFigures(String kind, long id, String name, int year, BigDecimal hours, int activities,
        int enterprises, int records) {
}
