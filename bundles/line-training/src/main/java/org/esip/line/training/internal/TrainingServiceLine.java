package org.esip.line.training.internal;

import java.math.BigDecimal;
import java.util.List;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.training.api.TrainingFigures;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The training line (培训服务专线, clause 5.2.3) as the core sees it: catalogue, the ticket category
 * {@code training.request}, the indicators of 5.2.3.4 and the REST resources under {@code /api/v1/lines/training/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + TrainingServiceLine.ID,
        configurationPid = TrainingLineConfig.PID)
public class TrainingServiceLine extends IdentifiedServiceLine {
    static final String ID = "training";
    /** 送培训进企业 and other requests from an enterprise: tickets of this category travel the closed loop. */
    static final String REQUEST_CATEGORY = "training.request";
    /** Working days to answer a request, unless categoryDays in etc/org.esip.ticketing.cfg says otherwise. */
    static final int REQUEST_DAYS = 10;

    private final CourseCatalogue catalogue;
    private final Registrations registrations;
    private final Outcomes outcomes;
    private final Requests requests;
    private final EnterpriseService enterprises;
    private volatile TrainingLineConfig config;

    @Activate
    public TrainingServiceLine(BundleContext context, @Reference CourseCatalogue catalogue,
            @Reference Registrations registrations, @Reference Outcomes outcomes, @Reference Requests requests,
            @Reference EnterpriseService enterprises, TrainingLineConfig config) {
        super(ID, "培训服务专线", "Training services", context.getBundle().getVersion().toString(), "[2.0,3)");
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.requests = requests;
        this.enterprises = enterprises;
        modified(config);
    }

    /** A new font or check-in page applies to the next request; the line is not withdrawn and re-admitted. */
    @Modified
    void modified(TrainingLineConfig config) {
        this.config = config;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return List.of(
                new ServiceItem("courses", "培训课程与场次", "Courses and sessions",
                        "经营管理、技术技能、投融资、数字化、安全生产等课程，线下、线上（码上直播）或送培训进企业",
                        "Courses on management, skills, financing, digitalisation, work safety; offline, online or on site",
                        HandlingMode.ONLINE),
                new ServiceItem("registration", "在线报名", "Online registration",
                        "企业为员工报名，满员后进入候补，有人取消时按先后递补；开课前一天提醒",
                        "Enterprises register attendees; a waiting list moves up; reminders the day before",
                        HandlingMode.ONLINE),
                new ServiceItem("attendance", "签到与考勤", "Check-in and attendance",
                        "现场签到码签到、工作人员签到，线上课程按直播考勤名单导入", "Check-in by code or by staff; online"
                        + " attendance imported from the live stream's list", HandlingMode.DIRECT),
                new ServiceItem("evaluation", "培训评价", "Evaluation",
                        "参训企业评价满意度与培训效果，统计参训人次、到课率与满意度",
                        "Satisfaction and effect rated by the enterprises; attendance and satisfaction counted",
                        HandlingMode.ONLINE),
                new ServiceItem("needs", "培训需求征集", "Training needs",
                        "企业提出希望学习的内容，按主题和地区汇总用于排课", "What enterprises want to learn, counted by"
                        + " topic and region for planning", HandlingMode.ONLINE),
                new ServiceItem("on-site", "送培训进企业", "Training at the enterprise",
                        "企业申请送培训上门，按服务闭环受理、派单、反馈", "An enterprise asks for training on its premises,"
                        + " handled through the closed loop", HandlingMode.MATCHED, REQUEST_CATEGORY));
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(new TicketCategory(REQUEST_CATEGORY, "培训申请（送培训进企业）", "Training request (on site)",
                TicketKind.DEMAND, REQUEST_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("training.sessions-held", "已举办培训场次", "Sessions held", IndicatorUnit.COUNT,
                        () -> figures().sessionsHeld()),
                Indicator.of("training.attendances", "参训人次", "Attendances", IndicatorUnit.COUNT,
                        () -> figures().attendances()),
                Indicator.of("training.attendance-rate", "到课率", "Attendance rate", IndicatorUnit.PERCENT,
                        () -> orZero(figures().attendanceRate())),
                Indicator.of("training.satisfaction", "培训满意率", "Satisfaction", IndicatorUnit.PERCENT,
                        () -> orZero(figures().satisfaction())),
                Indicator.of("training.effect", "培训效果评分", "Effect score", IndicatorUnit.SCORE,
                        () -> orZero(figures().effect())),
                Indicator.of("training.needs", "培训需求数", "Training needs stated", IndicatorUnit.COUNT,
                        () -> outcomes.needs(null, null, null).size()));
    }

    private volatile TrainingFigures figures;
    private volatile long figuresAt;

    /** The figures of every held session, measured once for the indicators of one measurement (kept two seconds). */
    private TrainingFigures figures() {
        long now = System.nanoTime();
        TrainingFigures f = figures;
        if (f == null || now - figuresAt > 2_000_000_000L) {
            f = outcomes.figures(Outcomes.Filter.ALL);
            figures = f;
            figuresAt = now;
        }
        return f;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new CourseResource(catalogue), new SessionResource(catalogue, registrations, outcomes,
                () -> config.checkInPage()), new RegistrationResource(registrations, enterprises, () -> config.pdfFont()),
                new NeedResource(outcomes), new RequestResource(requests), new StatisticsResource(outcomes));
    }
}
