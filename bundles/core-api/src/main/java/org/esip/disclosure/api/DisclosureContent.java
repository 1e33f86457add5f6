package org.esip.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of disclosed content, in Chinese (what the public reads first) and English.
 *
 * @param key         its stable name, e.g. {@code introduction}, {@code fees}, {@code notice-2026-12-01}
 * @param publishedOn the date a notice is dated (sections: the date of their last change)
 * @param version     for optimistic locking: send it back with an update; {@code null} creates the key
 */
public record DisclosureContent(String key, DisclosureKind kind, String titleZh, String titleEn, String bodyZh,
        String bodyEn, LocalDate publishedOn, Integer sortOrder, Instant updatedAt, String updatedBy, Long version) {
}
