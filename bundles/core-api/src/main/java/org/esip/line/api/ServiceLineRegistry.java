package org.esip.line.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The service lines installed right now, and what they contribute. */
@ProviderType
public interface ServiceLineRegistry {

    /** Installed (admitted) lines, ordered by id. */
    List<ServiceLineInfo> installed();

    Optional<ServiceLineInfo> find(String id);

    /** Registered lines the platform refused, with the reasons, ordered by id. */
    List<RefusedServiceLine> refused();

    /**
     * The platform's core API version that every line's {@link ServiceLine#coreApiRange()} is checked
     * against: the version of the package {@code org.esip.line.api} the platform runs, e.g. {@code 2.0.0}.
     */
    String coreApiVersion();

    /**
     * Whether the platform publishes this line: it is registered, valid, compatible with the core API
     * version, and no other line with its id came first.
     */
    boolean admits(ServiceLine line);

    /** The ticket categories of every installed line, ordered by code. */
    List<TicketCategory> ticketCategories();

    /** A ticket category of an installed line. */
    Optional<TicketCategory> ticketCategory(String code);

    /** Every installed line's indicators, measured now, ordered by line and code. */
    List<IndicatorValue> measureIndicators();
}
