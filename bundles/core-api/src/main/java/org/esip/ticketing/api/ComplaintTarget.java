package org.esip.ticketing.api;

/**
 * What a complaint is about (clause 5.5): an earlier ticket, a staff member, or a service organisation.
 *
 * @param kind TICKET, STAFF or ORGANISATION
 * @param id   that ticket's, staff member's or organisation's id
 */
public record ComplaintTarget(Kind kind, Long id) {
    public enum Kind {
        TICKET, STAFF, ORGANISATION
    }
}
