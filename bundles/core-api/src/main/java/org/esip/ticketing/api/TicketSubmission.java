package org.esip.ticketing.api;

/** What is needed to submit a ticket; validated by {@link TicketService#submit}. */
public record TicketSubmission(Long enterpriseId, TicketKind kind, Channel channel, String title,
        String description) {
}
