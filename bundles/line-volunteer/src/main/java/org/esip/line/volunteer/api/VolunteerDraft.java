package org.esip.line.volunteer.api;

import java.util.List;

/**
 * A volunteer as registered or imported: name and mobile phone (unique), optionally the core's expert it is or the
 * organisation it serves with, skills, and the administrative region code where it serves.
 */
public record VolunteerDraft(String name, String phone, Long expertId, Long organisationId, List<String> skills,
        String regionCode) {
}
