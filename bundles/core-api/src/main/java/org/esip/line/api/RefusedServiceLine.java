package org.esip.line.api;

import java.util.List;

/**
 * A registered service line the platform refused to publish: its core API range does not include the
 * platform's core API version, or what it declares is invalid. Nothing of it is published (no REST, no
 * categories, not in {@code /service-lines}); its bundle may stay installed.
 *
 * @param id           the id it declared (may be invalid)
 * @param bundle       symbolic name and version of the bundle that registered it
 * @param coreApiRange the range it declared
 * @param reasonsZh    every reason, in Chinese
 * @param reasonsEn    the same in English
 */
public record RefusedServiceLine(String id, String nameZh, String nameEn, String version, String bundle,
        String coreApiRange, List<String> reasonsZh, List<String> reasonsEn) {
    public RefusedServiceLine {
        reasonsZh = List.copyOf(reasonsZh);
        reasonsEn = List.copyOf(reasonsEn);
    }
}
