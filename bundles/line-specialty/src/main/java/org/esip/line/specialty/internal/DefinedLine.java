package org.esip.line.specialty.internal;

import java.util.List;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.specialty.api.Measure;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.ticketing.api.TicketKind;

/**
 * The {@link ServiceLine} of one valid definition: its id, names, catalogue, categories and indicators come from
 * the file; its REST resource takes the items' forms. Registered by {@link SpecialtyRegistry} for as long as the
 * definition is served (a changed file registers a new one).
 */
final class DefinedLine extends IdentifiedServiceLine {
    private final SpecialtyDefinition definition;
    private final SpecialtyRequests requests;

    DefinedLine(SpecialtyDefinition definition, String version, SpecialtyRequests requests) {
        super(definition.id(), definition.nameZh(), definition.nameEn(), version,
                SpecialtyManagementLine.CORE_API_RANGE);
        this.definition = definition;
        this.requests = requests;
    }

    SpecialtyDefinition definition() {
        return definition;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return definition.items().stream().map(i -> new ServiceItem(i.code(), i.nameZh(), i.nameEn(), i.descriptionZh(),
                i.descriptionEn(), HandlingMode.valueOf(i.handling()), categoryCode(definition, i.category()))).toList();
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return definition.categories().stream().map(c -> new TicketCategory(categoryCode(definition, c.name()),
                c.nameZh(), c.nameEn(), TicketKind.valueOf(c.kind()), c.resolutionDays(), c.acceptanceDays())).toList();
    }

    @Override
    public List<Indicator> indicators() {
        return definition.indicators().stream().map(in -> Indicator.of(definition.id() + "." + in.name(), in.nameZh(),
                in.nameEn(), in.measure() == Measure.RESOLVED_RATE ? IndicatorUnit.PERCENT : IndicatorUnit.COUNT,
                () -> requests.measure(definition.id(), in.measure(), in.item()))).toList();
    }

    @Override
    public List<Object> restResources() {
        return List.of(new LineResource(definition, requests));
    }

    static String categoryCode(SpecialtyDefinition d, String name) {
        return d.id() + "." + name;
    }
}
