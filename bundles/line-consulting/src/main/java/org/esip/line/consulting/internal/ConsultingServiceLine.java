package org.esip.line.consulting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esip.core.api.SpreadsheetReader;
import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.consulting.api.ConsultingService;
import org.esip.line.consulting.api.Outcome;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consulting and matchmaking line (咨询与对接服务专线, clause 5.2.5) as the core sees it; its resources
 * answer under {@code /api/v1/lines/consulting/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + ConsultingServiceLine.ID)
public class ConsultingServiceLine extends IdentifiedServiceLine {
    static final String ID = "consulting";
    /** Consulting requests travel the closed loop as tickets of this category. */
    static final String REQUEST_CATEGORY = "consulting.request";
    /** Working days to answer a consulting request, unless categoryDays in etc/org.esip.ticketing.cfg says otherwise. */
    static final int REQUEST_DAYS = 5;

    private final Consulting consulting;
    private final SpreadsheetReader reader;

    @Activate
    public ConsultingServiceLine(BundleContext context, @Reference Consulting consulting,
            @Reference SpreadsheetReader reader) {
        super(ID, "咨询与对接服务专线", "Consulting and matchmaking", context.getBundle().getVersion().toString());
        this.consulting = consulting;
        this.reader = reader;
    }

    @Override
    public List<ServiceItem> catalogue() {
        List<ServiceItem> items = new ArrayList<>();
        for (ConsultingService s : ConsultingService.values()) {
            items.add(new ServiceItem(s.name().toLowerCase(Locale.ROOT).replace('_', '-'), s.zh(), s.en(),
                    "由服务机构和专家提供" + s.zh() + "，企业在线提出咨询申请，按服务闭环办理",
                    s.en() + " by organisations and experts, requested online through the closed loop",
                    HandlingMode.ONLINE, REQUEST_CATEGORY));
        }
        items.add(new ServiceItem("matchmaking", "供需对接", "Supply-demand matchmaking",
                "发布市场、融资、人才、技术、产能供需信息，双向匹配并说明理由，跟踪对接结果",
                "Post supplies and demands, matched both ways with reasons, introductions followed to their outcome",
                HandlingMode.ONLINE));
        items.add(new ServiceItem("events", "对接会", "Matchmaking events",
                "组织供需对接会，企业和机构报名，记录会上对接", "Events with sign-up and the introductions made there",
                HandlingMode.ONLINE));
        return items;
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(new TicketCategory(REQUEST_CATEGORY, "咨询申请", "Consulting request", TicketKind.DEMAND,
                REQUEST_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("consulting.postings", "供需信息数", "Supplies and demands posted", IndicatorUnit.COUNT,
                        consulting::countPostings),
                Indicator.of("consulting.matches-proposed", "推荐匹配数", "Matches proposed", IndicatorUnit.COUNT,
                        consulting::proposedMatches),
                Indicator.of("consulting.introductions", "对接次数", "Introductions", IndicatorUnit.COUNT,
                        () -> consulting.introductions(null)),
                Indicator.of("consulting.deals", "成交数", "Deals signed", IndicatorUnit.COUNT,
                        () -> consulting.introductions(Outcome.SIGNED)),
                Indicator.of("consulting.deal-amount", "成交金额", "Amount of deals signed", IndicatorUnit.YUAN,
                        consulting::dealAmount));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new ConsultingResource(consulting, new PostingTable(consulting, reader)));
    }
}
