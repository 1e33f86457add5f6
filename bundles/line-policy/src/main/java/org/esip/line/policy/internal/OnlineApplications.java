package org.esip.line.policy.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.line.kit.TicketKeys;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online applications and their tickets (clause 5.2.1.3), by the line kit's {@link TicketKeys} rule: the
 * application is stored first, without a ticket; its ticket is submitted with a key derived from the application
 * ({@code line:policy:application:<id>}), by the account that applied, with what the application keeps; then the
 * ticket's id is stored on the application. An application still without a ticket (the process died, the database
 * refused the second write, the ticket service was away) is completed when the same request comes again and by
 * {@link #reconcile()}; the key makes the ticket service answer the ticket it already made, so there is never a
 * second ticket nor a ticket without its application.
 */
final class OnlineApplications {
    static final String KIND = "application";
    private static final Logger LOG = LoggerFactory.getLogger(OnlineApplications.class);

    /**
     * An online application as far as its ticket is concerned: who applied (account and roles), on which channel,
     * the ticket's title and text, the client's {@code Idempotency-Key}, and the ticket once there is one.
     */
    record Applied(long id, long policyId, long enterpriseId, boolean online, String appliedBy, Set<Role> roles,
            Channel channel, String title, String text, String clientKey, Long ticketId) {
        Applied withId(long newId) {
            return new Applied(newId, policyId, enterpriseId, online, appliedBy, roles, channel, title, text, clientKey,
                    ticketId);
        }

        /** The account that applied, as the ticket service saw it the first time. */
        Actor applicant() {
            boolean enterprise = roles.contains(Role.ENTERPRISE);
            return new Actor(appliedBy, roles, enterprise ? enterpriseId : null, null, null);
        }
    }

    /** Where the line keeps its applications (one per policy and enterprise). */
    interface Store {
        /** The application of {@code enterpriseId} for {@code policyId}, of any mode. */
        Optional<Applied> find(long policyId, long enterpriseId);

        /** Stores a new online application without a ticket, in its own unit of work; its id. */
        long insert(Applied application);

        /** Stores {@code ticketId} on the application, unless it has a ticket already. */
        void attach(long applicationId, long ticketId);

        /** Online applications without a ticket. */
        List<Applied> withoutTicket();
    }

    /** Submits a ticket ({@code TicketService.submit}) and answers its id. */
    interface Tickets {
        long submit(Actor actor, TicketSubmission submission, String idempotencyKey);
    }

    private final Store store;
    private final Tickets tickets;

    OnlineApplications(Store store, Tickets tickets) {
        this.store = store;
        this.tickets = tickets;
    }

    /**
     * Applies for {@code policyId} on behalf of {@code enterpriseId}, or completes and answers the earlier
     * application of the same request: one still without a ticket, or one made with the same {@code clientKey} by
     * the same account. Any other earlier application is {@code duplicate}.
     *
     * @return the application's id; it has its ticket when this returns
     */
    long apply(Actor actor, long policyId, long enterpriseId, Channel channel, String title, String text,
            String clientKey, Supplier<RuntimeException> duplicate) {
        String key = clientKey == null || clientKey.isBlank() ? null : clientKey.strip();
        Optional<Applied> earlier = store.find(policyId, enterpriseId);
        if (earlier.isPresent()) {
            return again(earlier.get(), actor, key, duplicate);
        }
        Applied application = new Applied(0, policyId, enterpriseId, true, actor.username(),
                actor.roles().isEmpty() ? Set.of() : EnumSet.copyOf(actor.roles()), channel, title, text, key, null);
        long id;
        try {
            id = store.insert(application);
        } catch (RuntimeException e) {
            // The same request at the same moment: the unique (policy, enterprise) decided, the first one won.
            Optional<Applied> winner = store.find(policyId, enterpriseId);
            if (winner.isEmpty()) {
                throw e;
            }
            return again(winner.get(), actor, key, duplicate);
        }
        ticketOf(application.withId(id));
        return id;
    }

    private long again(Applied earlier, Actor actor, String key, Supplier<RuntimeException> duplicate) {
        boolean sameRequest = earlier.online() && (earlier.ticketId() == null
                || key != null && key.equals(earlier.clientKey()) && actor.username().equals(earlier.appliedBy()));
        if (!sameRequest) {
            throw duplicate.get();
        }
        ticketOf(earlier);
        return earlier.id();
    }

    /** The application's ticket: submitted (again) with the application's key when it has none yet. */
    long ticketOf(Applied application) {
        if (application.ticketId() != null) {
            return application.ticketId();
        }
        long ticketId = tickets.submit(application.applicant(), new TicketSubmission(application.enterpriseId(),
                TicketKind.DEMAND, application.channel(), application.title(), application.text(), null, null,
                PolicyServiceLine.APPLICATION_CATEGORY, null, null),
                TicketKeys.of(PolicyServiceLine.ID, KIND, application.id()));
        store.attach(application.id(), ticketId);
        return ticketId;
    }

    /** Gives every online application without a ticket its ticket; the number completed. Failures wait for the next run. */
    int reconcile() {
        int done = 0;
        for (Applied application : store.withoutTicket()) {
            try {
                long ticket = ticketOf(application);
                LOG.info("Online application #{} completed with its ticket #{}", application.id(), ticket);
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Online application #{} still has no ticket ({}); tried again later", application.id(),
                        e.toString());
            }
        }
        return done;
    }
}
