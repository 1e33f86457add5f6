package org.esip.registry.api;

/**
 * A tag of the controlled vocabulary that staff manage; policy matching uses tags. An enterprise may
 * also carry free tags that are not defined here.
 *
 * @param code the tag as enterprises carry it, e.g. {@code 智能电气}
 */
public record TagDefinition(String code, String nameZh, String nameEn, TagCategory category, boolean retired,
        long version) {
}
