package org.esip.registry.api;

/**
 * A tag of the controlled vocabulary that staff manage; policy matching uses tags. An enterprise may
 * also carry free tags that are not defined here.
 *
 * @param code    the tag as enterprises carry it, e.g. {@code 智能电气}
 * @param retired whether it is retired; {@code null} (as in a new tag's body) means not
 * @param version optimistic-lock version, required on an update
 */
public record TagDefinition(String code, String nameZh, String nameEn, TagCategory category, Boolean retired,
        Long version) {
}
