package org.esip.ticketing.api;

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Intake and tracking of enterprises' demands (capability C2). */
@ProviderType
public interface TicketService {

    /**
     * Records a new ticket in status {@link TicketStatus#SUBMITTED}.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field, including an unknown enterprise
     */
    Ticket submit(TicketSubmission submission);

    /** @throws org.esip.core.api.NotFoundException when no ticket has this id */
    Ticket get(long id);

    /** Tickets, newest first, optionally of one enterprise only. */
    Page<Ticket> list(Long enterpriseId, PageRequest page);
}
