package org.esip.line.volunteer.api;

/** A role an activity recruits (e.g. 财税咨询志愿者) and how many volunteers it takes. */
public record RoleDraft(String name, Integer slots) {
}
