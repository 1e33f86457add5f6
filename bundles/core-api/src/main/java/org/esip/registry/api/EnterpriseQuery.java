package org.esip.registry.api;

/**
 * Which enterprises to find; every criterion left {@code null} matches everything.
 *
 * @param text          name or credit code contains (case-insensitive)
 * @param creditCode    credit code starts with (case-insensitive), e.g. a whole code or {@code 913303}
 * @param regionCode    GB/T 2260 prefix: {@code 3303} finds the whole city, {@code 330382} one county
 * @param industryCode  GB/T 4754-2017 prefix: {@code C38} finds the whole division
 * @param size          enterprise size
 * @param tag           has this tag
 * @param qualification holds this qualification (unexpired)
 * @param status        {@code null} means ACTIVE
 * @param sort          {@code name}, {@code creditCode}, {@code createdAt}, {@code employees} or
 *                      {@code annualRevenue}, {@code -} in front for descending; {@code null} sorts by id
 */
public record EnterpriseQuery(String text, String creditCode, String regionCode, String industryCode,
        EnterpriseSize size, String tag, QualificationType qualification, EnterpriseStatus status, String sort) {

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null, null, null, null, null);
    }

    public static EnterpriseQuery text(String text) {
        return new EnterpriseQuery(text, null, null, null, null, null, null, null, null);
    }
}
