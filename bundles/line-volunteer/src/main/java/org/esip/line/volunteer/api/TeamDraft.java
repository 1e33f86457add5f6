package org.esip.line.volunteer.api;

/** A team to create: the organisation (the core's) it belongs to, its name (unique in the organisation). */
public record TeamDraft(Long organisationId, String name, String description) {
}
