package org.esip.line.volunteer.api;

/** An enterprise's request for volunteer help (staff name the enterprise; an enterprise user asks for its own). */
public record RequestDraft(Long enterpriseId, String topic, String description, String skills) {
}
