package org.esip.line.outreach.internal;

import java.util.List;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.outreach.api.OutreachService;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outreach line (助企行活动与镇街服务, clauses 5.1.3 b, c; 5.4.1.1 a) as the core sees it: a whiteboard ServiceLine
 * whose resources answer under {@code /api/v1/lines/outreach/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + OutreachServiceImpl.LINE)
public class OutreachServiceLine extends IdentifiedServiceLine {
    /** Working days to resolve a demand collected on a visit, unless categoryDays says otherwise. */
    static final int DEMAND_DAYS = 15;

    private final OutreachServiceImpl outreach;

    @Activate
    public OutreachServiceLine(BundleContext context, @Reference OutreachServiceImpl outreach) {
        super(OutreachServiceImpl.LINE, "助企行活动与镇街服务", "Enterprise outreach campaigns and township services",
                context.getBundle().getVersion().toString());
        this.outreach = outreach;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return List.of(
                new ServiceItem("campaign", "助企行主题活动", "Themed outreach campaigns",
                        "数字化改造进园区、安全生产进企业等主题活动，按条件圈定目标企业",
                        "Themed offline campaigns with target enterprises chosen by conditions", HandlingMode.DIRECT),
                new ServiceItem("visit", "上门走访", "Enterprise visits",
                        "按走访计划上门走访企业，记录发现的问题，收集诉求转入服务闭环",
                        "Planned visits; demands collected become tickets of the closed loop", HandlingMode.DIRECT,
                        OutreachServiceImpl.DEMAND_CATEGORY),
                new ServiceItem("township", "企业家门口的服务站", "Township service centres",
                        "镇街服务中心就近提供服务，统计各服务站的走访与诉求办理",
                        "Township centres serve nearby enterprises; visits and demands per centre",
                        HandlingMode.DIRECT));
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(new TicketCategory(OutreachServiceImpl.DEMAND_CATEGORY, "走访收集诉求", "Demand collected on a visit",
                TicketKind.DEMAND, DEMAND_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("outreach.campaigns", "助企行活动数", "Outreach campaigns", IndicatorUnit.COUNT,
                        () -> outreach.totals()[0]),
                Indicator.of("outreach.visits", "走访企业次数", "Enterprise visits", IndicatorUnit.COUNT,
                        () -> outreach.totals()[1]),
                Indicator.of("outreach.demands", "走访收集诉求数", "Demands collected on visits", IndicatorUnit.COUNT,
                        () -> outreach.totals()[2]),
                Indicator.of("outreach.demands-resolved", "走访诉求办结数", "Visit demands resolved", IndicatorUnit.COUNT,
                        () -> outreach.totals()[3]));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new OutreachResource(outreach));
    }

    /** The service, for the line's other components. */
    OutreachService service() {
        return outreach;
    }
}
