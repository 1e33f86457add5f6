package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.api.TicketCategory;
import org.esip.ticketing.api.TicketKind;

/**
 * The deadlines of time-limited handling (限时办理, clause 6.1 a) as the operator configured them now: the
 * settings of {@code etc/org.esip.ticketing.cfg}, replaced as a whole by the component's {@code @Modified}, and the
 * working days a ticket gets to be accepted and resolved, counted from today in the platform's region.
 */
final class TicketDeadlines {
    /** Deadlines are days in the platform's region. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ServiceLineRegistry lines;
    private final Clock clock;
    private volatile TicketingConfig config;
    private volatile CategoryDeadlines categoryDays;

    TicketDeadlines(TicketingConfig config, ServiceLineRegistry lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
        configure(config);
    }

    /** An operator's edit takes effect for the next step. */
    void configure(TicketingConfig changed) {
        this.categoryDays = CategoryDeadlines.parse(changed.categoryDays());
        this.config = changed;
    }

    /** The settings in force now. */
    TicketingConfig config() {
        return config;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The resolution deadline of a kind, in working days (one place for the numbers). */
    int resolutionDays(TicketKind kind) {
        return switch (kind) {
            case CONSULTATION -> config.consultationDays();
            case DEMAND -> config.demandDays();
            case APPEAL -> config.appealDays();
            case COMPLAINT -> config.complaintDays();
        };
    }

    /**
     * The resolution deadline of a ticket, in working days: for a service line's category the platform's
     * override ({@code categoryDays}), else the installed line's default, else (the line is gone) its kind's.
     */
    int resolutionDays(TicketEntity t) {
        if (t.category != null) {
            Optional<Integer> configured = categoryDays.resolutionDays(t.category);
            if (configured.isPresent()) {
                return configured.get();
            }
            Optional<TicketCategory> category = lines.ticketCategory(t.category);
            if (category.isPresent()) {
                return category.get().resolutionDays();
            }
        }
        return resolutionDays(t.kind);
    }

    /** The acceptance deadline of a ticket: its installed line's category's, else the platform's. */
    int acceptanceDays(TicketEntity t) {
        return Optional.ofNullable(t.category).flatMap(lines::ticketCategory).map(TicketCategory::acceptanceDays)
                .orElse(config.acceptanceDays());
    }
}
