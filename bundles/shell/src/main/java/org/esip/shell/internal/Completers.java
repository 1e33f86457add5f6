package org.esip.shell.internal;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;

/** Tab completers for the ids the console's commands take. */
public final class Completers {
    private Completers() {
    }

    /** Ticket ids, newest first, with the title beside each. */
    @Service
    public static class TicketIds extends IdCompleter {
        @Reference
        TicketService tickets;

        @Override
        Map<Long, String> names() {
            return names(tickets.list(null, null, null, FIRST).items(), Ticket::id,
                    t -> t.title() + " [" + t.status() + "]");
        }
    }

    /** Active enterprise ids by name. */
    @Service
    public static class EnterpriseIds extends IdCompleter {
        @Reference
        EnterpriseService enterprises;

        @Override
        Map<Long, String> names() {
            return names(enterprises.search(new EnterpriseQuery(null, null, null, null, null, null, null, null, "name"),
                    FIRST).items(), Enterprise::id, Enterprise::name);
        }
    }

    /** Service organisation ids by name. */
    @Service
    public static class OrganisationIds extends IdCompleter {
        @Reference
        OrganisationService organisations;

        @Override
        Map<Long, String> names() {
            return names(organisations.search(new OrganisationQuery(null, null, null, null, null, null, "name"), FIRST)
                    .items(), Organisation::id, o -> o.name() + " [" + o.status() + "]");
        }
    }

    /** Expert ids by name, in and out of the pool. */
    @Service
    public static class ExpertIds extends IdCompleter {
        @Reference
        ExpertService experts;

        @Override
        Map<Long, String> names() {
            return names(experts.search(new ExpertQuery(null, null, null, null, null, null, "name"), FIRST).items(),
                    Expert::id, e -> e.name() + (e.employer() == null ? "" : " · " + e.employer()));
        }
    }
}
