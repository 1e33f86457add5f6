package org.esip.line.technical.api;

import java.util.List;

/**
 * An expert of the pool in the technical domains (clause 5.2.4.3) as enterprises see them: no contact data, no
 * identity number; a consultation is asked through the platform.
 */
public record ExpertCard(long id, String name, String title, boolean seniorTitle, String employer,
        List<String> domains, List<String> domainNamesZh, List<String> tags) {
}
