package ${package}.internal;

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
 * ${lineNameZh} (${lineNameEn}): the one DS component that provides {@link ServiceLine}. The platform
 * picks it up while this bundle runs: the line appears in {@code GET /api/v1/service-lines} with its
 * catalogue, ticket category and indicator, and its REST resources answer under
 * {@code /api/v1/lines/${lineId}/}. Its identity (id, names, version, core API range) goes to the line kit's
 * {@link IdentifiedServiceLine} once, in the constructor; the methods below say what the line offers.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + LineComponent.ID)
public class LineComponent extends IdentifiedServiceLine {
    static final String ID = "${lineId}";
    /**
     * The line's texts: {@code Messages_zh_CN.properties} (Chinese, shown first) and {@code Messages.properties}
     * beside this class; a key the line does not define falls back to the line kit's common texts.
     */
    static final LineTexts TEXTS = new LineTexts(LineComponent.class.getPackageName() + ".Messages",
            LineComponent.class.getClassLoader());
    /**
     * The esip core API versions this line was built and tested with. Keep it equal to the bundle's
     * Import-Package range of org.esip.line.api (see target/classes/META-INF/MANIFEST.MF).
     */
    static final String CORE_API_RANGE = "[2.0,3)";

    private final LineCatalogue catalogue;

    @Activate
    public LineComponent(BundleContext context, @Reference LineCatalogue catalogue) {
        super(ID, "${lineNameZh}", "${lineNameEn}", context.getBundle().getVersion().toString(), CORE_API_RANGE);
        this.catalogue = catalogue;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return LineCatalogue.ITEMS;
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return LineCatalogue.CATEGORIES;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.of(ID + ".item-views", "服务事项浏览次数", "Catalogue item views", IndicatorUnit.COUNT,
                catalogue::totalViews));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new ItemsResource(catalogue));
    }
}
