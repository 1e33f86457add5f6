package org.esip.ticketing.api;

import java.time.Instant;

/**
 * What is needed to submit a ticket; validated by {@link TicketService#submit}.
 *
 * @param against for a complaint (clause 5.5): the ticket, staff member or organisation it is about; only
 *                a complaint has one
 * @param domain  the service domain it asks for (a {@link org.esip.provider.api.ServiceDomain} name), when
 *                known: the basis of dispatch suggestions; staff may set it on acceptance
 * @param category the ticket category of an installed service line it belongs to, e.g.
 *                 {@code policy.application} ({@link org.esip.line.api.TicketCategory}), or {@code null};
 *                 with a category and no kind, the ticket gets the category's kind
 * @param appointmentAt  the appointment agreed at intake (预约服务时间), or {@code null}
 * @param servicePointId for a WINDOW intake: the service point that took it; {@code null} takes the service point
 *                       of the staff member linked to the submitting account, if any
 */
public record TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title,
        String description, ComplaintTarget against, String domain, String category, Instant appointmentAt,
        Long servicePointId) {

    /** A submission without appointment or service point. */
    public TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title, String description,
            ComplaintTarget against, String domain, String category) {
        this(enterpriseId, kind, channel, title, description, against, domain, category, null, null);
    }

    /** A submission without a service line's category. */
    public TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title, String description,
            ComplaintTarget against, String domain) {
        this(enterpriseId, kind, channel, title, description, against, domain, null, null, null);
    }

    /** A submission without a service domain. */
    public TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title, String description,
            ComplaintTarget against) {
        this(enterpriseId, kind, channel, title, description, against, null, null, null, null);
    }

    /** A submission that is not a complaint about someone. */
    public TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title, String description) {
        this(enterpriseId, kind, channel, title, description, null, null, null, null, null);
    }
}
