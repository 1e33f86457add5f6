package org.esip.line.outreach.api;

/**
 * What chooses a campaign's target enterprises; each given condition must hold ({@code null}: any).
 *
 * @param regionPrefix   GB/T 2260 region code prefix, e.g. {@code 330304} (瓯海区)
 * @param industryPrefix GB/T 4754 industry code prefix, e.g. {@code C38}
 * @param size           {@code LARGE}, {@code MEDIUM}, {@code SMALL} or {@code MICRO}
 * @param tag            a tag code of the core's tag list
 */
public record TargetConditions(String regionPrefix, String industryPrefix, String size, String tag) {
    /** Whether no condition is given. */
    public boolean none() {
        return blank(regionPrefix) && blank(industryPrefix) && blank(size) && blank(tag);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
