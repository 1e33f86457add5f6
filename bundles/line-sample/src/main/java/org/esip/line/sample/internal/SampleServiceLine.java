package org.esip.line.sample.internal;

import java.util.List;

import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.kit.LineTexts;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A service line is one DS component that provides {@link ServiceLine}; the core finds it by the
 * whiteboard pattern. Installing this bundle's feature makes the line appear in
 * {@code GET /api/v1/service-lines} with its catalogue, ticket category and indicator, its resources
 * answer under {@code /api/v1/lines/sample/} and its console command {@code esip:sample-catalogue}
 * appears; uninstalling it takes all of that away and restarts nothing else. Its table and the tickets
 * of its category stay. Its identity (id, names, version, core API range) goes to the line kit's
 * {@link IdentifiedServiceLine} once, in the constructor.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + SampleServiceLine.ID)
public class SampleServiceLine extends IdentifiedServiceLine {
    static final String ID = "sample";
    /** The line's texts (Chinese first, English beside), over the line kit's common ones. */
    static final LineTexts TEXTS = new LineTexts("org.esip.line.sample.internal.Messages",
            SampleServiceLine.class.getClassLoader());
    /** The core API versions this line was built and tested with: the same as its Import-Package range. */
    static final String CORE_API_RANGE = "[2.0,3)";

    private final SampleCatalogue catalogue;

    @Activate
    public SampleServiceLine(BundleContext context, @Reference SampleCatalogue catalogue) {
        super(ID, "示例服务专线", "Sample service line", context.getBundle().getVersion().toString(), CORE_API_RANGE);
        this.catalogue = catalogue;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return SampleCatalogue.ITEMS;
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return SampleCatalogue.CATEGORIES;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.of(ID + ".catalogue-views", "服务事项浏览次数", "Catalogue item views",
                IndicatorUnit.COUNT, catalogue::totalViews));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new CatalogueResource(catalogue));
    }
}
