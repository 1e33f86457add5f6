package org.esip.line.technical.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.technical.api.RequestKind;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.ServiceDomain;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The technical services line (技术服务专线, clause 5.2.4) as the core sees it: the eleven technical domains and the
 * project and expert libraries in its catalogue, two ticket categories, four indicators, REST under
 * {@code /api/v1/lines/technical/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + Technical.ID)
public class TechnicalServiceLine extends IdentifiedServiceLine {
    private final Offers offers;
    private final Requests requests;
    private final Instruments instruments;
    private final Projects projects;
    private final TechnicalImport imports;
    private final ExpertService experts;

    @Activate
    public TechnicalServiceLine(BundleContext context, @Reference Offers offers, @Reference Requests requests,
            @Reference Instruments instruments, @Reference Projects projects, @Reference TechnicalImport imports,
            @Reference ExpertService experts) {
        super(Technical.ID, "技术服务专线", "Technical services", context.getBundle().getVersion().toString(), "[2.0,3)");
        this.offers = offers;
        this.requests = requests;
        this.instruments = instruments;
        this.projects = projects;
        this.imports = imports;
        this.experts = experts;
    }

    /** The catalogue item code of a domain, e.g. {@code inspection-testing}. */
    static String itemCode(ServiceDomain d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<ServiceItem> catalogue() {
        List<ServiceItem> items = new ArrayList<>();
        for (ServiceDomain d : ServiceDomain.values()) {
            if (!d.technical()) {
                continue;
            }
            if (d == ServiceDomain.EQUIPMENT_SHARING) {
                items.add(new ServiceItem(itemCode(d), d.nameZh(), d.nameEn(),
                        "共享仪器设备在线查询、按时段预约，记录使用机时", "Shared instruments: search, book a time, usage recorded",
                        HandlingMode.ONLINE));
                continue;
            }
            items.add(new ServiceItem(itemCode(d), d.nameZh(), d.nameEn(),
                    "入驻机构提供的" + d.nameZh() + "服务，线上预约、派单至机构办理",
                    d.nameEn() + " by admitted organisations, booked online and dispatched to them",
                    HandlingMode.MATCHED, Technical.BOOKING_CATEGORY));
        }
        items.add(new ServiceItem("project-library", "新产品新技术项目库", "New products and technologies",
                "重点产业新产品、新技术项目发布与企业匹配对接", "Projects of key industries matched with enterprises",
                HandlingMode.MATCHED));
        items.add(new ServiceItem("expert-consult", "技术专家咨询牵线", "Expert consultation",
                "向专家库中的技术专家提出咨询或牵线请求", "Consultation or introduction by a pooled expert",
                HandlingMode.MATCHED, Technical.CONSULT_CATEGORY));
        return items;
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(
                new TicketCategory(Technical.BOOKING_CATEGORY, "技术服务预约", "Technical service booking",
                        TicketKind.DEMAND, Technical.BOOKING_DAYS),
                new TicketCategory(Technical.CONSULT_CATEGORY, "专家咨询牵线", "Expert consultation",
                        TicketKind.CONSULTATION, Technical.CONSULT_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("technical.offers", "在线技术服务项目数", "Technical service offers", IndicatorUnit.COUNT,
                        offers::countActive),
                Indicator.of("technical.bookings", "技术服务预约数", "Technical service bookings", IndicatorUnit.COUNT,
                        () -> requests.count(RequestKind.BOOKING)),
                Indicator.of("technical.instrument-hours", "仪器设备共享机时", "Shared instrument hours",
                        IndicatorUnit.HOURS, instruments::usedHours),
                Indicator.of("technical.project-introductions", "项目对接牵线数", "Project introductions",
                        IndicatorUnit.COUNT, projects::introduced));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new OfferResource(offers, requests, imports), new InstrumentResource(instruments, imports),
                new SlotResource(instruments), new ProjectResource(projects), new IntroductionResource(projects),
                new ExpertResource(experts, requests), new RequestResource(requests));
    }
}
