package org.esip.line.volunteer.internal;

import java.util.List;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.volunteer.api.ActivityService;
import org.esip.line.volunteer.api.RecordService;
import org.esip.line.volunteer.api.RequestService;
import org.esip.line.volunteer.api.VolunteerRegistry;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteer line (志愿服务专线, clause 5.2.6) as the core sees it: its catalogue, the ticket category
 * {@code volunteer.request}, four indicators and its REST API under {@code /api/v1/lines/volunteer/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + VolunteerLine.ID)
public class VolunteerLine extends IdentifiedServiceLine {
    static final String ID = "volunteer";
    /** An enterprise asks for volunteer help. */
    static final String REQUEST_CATEGORY = "volunteer.request";
    /** Working days to answer a request for volunteer help. */
    static final int REQUEST_DAYS = 10;

    private final VolunteerRegistry registry;
    private final ActivityService activities;
    private final RecordService records;
    private final RequestService requests;

    @Activate
    public VolunteerLine(BundleContext context, @Reference VolunteerRegistry registry,
            @Reference ActivityService activities, @Reference RecordService records, @Reference RequestService requests) {
        super(ID, "志愿服务专线", "Volunteer services", context.getBundle().getVersion().toString(), "[2.0,3)");
        this.registry = registry;
        this.activities = activities;
        this.records = records;
        this.requests = requests;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return List.of(
                new ServiceItem("volunteers", "志愿服务机构与专家", "Volunteer organisations and experts",
                        "登记志愿者、志愿服务队，关联平台的服务机构与专家", "Volunteers and teams of the platform's organisations and experts",
                        HandlingMode.DIRECT),
                new ServiceItem("activities", "助企公益志愿服务活动", "Public-benefit activities",
                        "线上或线下开展助企公益活动，志愿者按岗位报名，组织方确认",
                        "Online or offline activities for enterprises; volunteers sign up for roles, the organiser confirms",
                        HandlingMode.DIRECT),
                new ServiceItem("request", "申请志愿服务", "Ask for volunteer help",
                        "企业提出志愿服务需求，平台匹配志愿服务机构或专家", "An enterprise asks; the platform matches volunteers",
                        HandlingMode.MATCHED, REQUEST_CATEGORY),
                new ServiceItem("hours", "志愿服务记录与时长证明", "Service records and certificates",
                        "记录服务对象、内容、时间、时长和确认人，出具志愿服务时长证明",
                        "Who, what, when, how long, who confirmed; certificates of service hours", HandlingMode.ONLINE));
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(new TicketCategory(REQUEST_CATEGORY, "志愿服务需求", "Request for volunteer help",
                TicketKind.DEMAND, REQUEST_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("volunteer.volunteers", "注册志愿者人数", "Registered volunteers", IndicatorUnit.COUNT,
                        registry::count),
                Indicator.of("volunteer.activities", "助企公益活动场次", "Public-benefit activities", IndicatorUnit.COUNT,
                        activities::count),
                Indicator.of("volunteer.hours", "已确认志愿服务时长", "Confirmed volunteer hours", IndicatorUnit.HOURS,
                        records::totalHours),
                Indicator.of("volunteer.satisfaction", "受服务企业满意率", "Served enterprises' satisfaction",
                        IndicatorUnit.PERCENT, records::satisfaction));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new VolunteerResource(registry, activities, records, requests));
    }
}
