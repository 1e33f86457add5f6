package org.esip.line.api;

import java.util.List;

/**
 * What the platform says about an installed (admitted) service line.
 *
 * @param basePath         where its REST resources answer, {@code /api/v1/lines/{id}/}
 * @param coreApiRange     the core API versions it declared it works with
 * @param catalogue        its service items
 * @param ticketCategories the ticket categories it owns, with their default deadlines
 * @param indicators       the evaluation indicators it contributes
 */
public record ServiceLineInfo(String id, String nameZh, String nameEn, String version, String basePath,
        String coreApiRange, List<ServiceItem> catalogue, List<TicketCategory> ticketCategories,
        List<IndicatorInfo> indicators) {
    public ServiceLineInfo {
        catalogue = catalogue == null ? List.of() : List.copyOf(catalogue);
        ticketCategories = ticketCategories == null ? List.of() : List.copyOf(ticketCategories);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
