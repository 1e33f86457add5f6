package org.esip.archive.api;

import java.time.Instant;
import java.util.List;

import org.esip.provider.api.Organisation;
import org.esip.provider.api.StatusChange;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;

/**
 * The archive of a service organisation (clause 6.4.2), assembled from the registries and the tickets:
 * its qualifications and capability (domains, credit, alliance), its admission history and its service
 * history with the record computed from it.
 */
public record OrganisationArchive(Organisation organisation, List<StatusChange> admissionHistory,
        ServiceRecord record, List<ServedItem> services, Instant assembledAt) {
    public OrganisationArchive {
        admissionHistory = List.copyOf(admissionHistory);
        services = List.copyOf(services);
    }

    /** One ticket dispatched to it, with where it stands and how the enterprise rated it. */
    public record ServedItem(long ticketId, TicketKind kind, String title, TicketStatus status,
            SatisfactionGrade grade, Long archiveFileId) {
    }
}
