package org.esip.line.api;

/**
 * One service item of a line's catalogue (服务事项).
 *
 * @param code          unique within the line: lower-case letters, digits and '-', at most 60 characters
 * @param nameZh        name in Chinese
 * @param nameEn        name in English
 * @param descriptionZh what the item is, in Chinese (may be empty)
 * @param descriptionEn what the item is, in English (may be empty)
 * @param handling      how it is handled
 * @param category      the code of the line's ticket category a request for this item becomes, or
 *                      {@code null}
 */
public record ServiceItem(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        HandlingMode handling, String category) {

    /** An item without a ticket category of its own. */
    public ServiceItem(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
            HandlingMode handling) {
        this(code, nameZh, nameEn, descriptionZh, descriptionEn, handling, null);
    }
}
