package org.esip.line.policy.internal;

import java.util.ArrayList;
import java.util.List;

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.kit.IdentifiedServiceLine;
import org.esip.line.kit.LineTexts;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyPushes;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.PushReport;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.TicketKind;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy line (政策服务专线, 帮企云, clause 5.2.1) as the core sees it: a whiteboard ServiceLine whose
 * resources answer under {@code /api/v1/lines/policy/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + PolicyServiceLine.ID,
        configurationPid = PolicyLineConfig.PID)
public class PolicyServiceLine extends IdentifiedServiceLine {
    static final String ID = "policy";
    /** Online applications for policies: tickets of this category travel the closed loop. */
    static final String APPLICATION_CATEGORY = "policy.application";
    /** Working days to decide an online application, unless categoryDays in etc/org.esip.ticketing.cfg says otherwise. */
    static final int APPLICATION_DAYS = 15;
    /** The line's texts ({@code Messages_zh_CN.properties} first, {@code Messages.properties}), over the kit's common ones. */
    static final LineTexts TEXTS = new LineTexts("org.esip.line.policy.internal.Messages",
            PolicyServiceLine.class.getClassLoader());

    private final PolicyService policies;
    private final ApplicationService applications;

    private final PolicyMatching matching;
    private final PolicyPushes pushes;
    private final EnterpriseService enterprises;
    private volatile String pdfFont;

    /** A new font for the PDF report applies to the next report; the line is not withdrawn and re-admitted. */
    @Modified
    void modified(PolicyLineConfig config) {
        this.pdfFont = config.pdfFont();
    }

    @Activate
    public PolicyServiceLine(BundleContext context, @Reference PolicyService policies,
            @Reference ApplicationService applications,
            @Reference PolicyMatching matching,
            @Reference PolicyPushes pushes,
            @Reference EnterpriseService enterprises, PolicyLineConfig config) {
        super(ID, "政策服务专线（帮企云）", "Policy services (Bang Qi Yun)", context.getBundle().getVersion().toString());
        modified(config);
        this.policies = policies;
        this.applications = applications;
        this.matching = matching;
        this.pushes = pushes;
        this.enterprises = enterprises;
    }

    @Override
    public List<ServiceItem> catalogue() {
        return List.of(
                new ServiceItem("query", "政策查询", "Policy search",
                        "按关键词、类别、层级、部门和日期查询政策及其解读", "Search policies and their interpretation",
                        HandlingMode.ONLINE),
                new ServiceItem("push", "政策精准推送", "Matched policy push",
                        "按企业画像与政策条件双向匹配，精准推送", "Two-way matching of enterprises and conditions, pushed",
                        HandlingMode.ONLINE),
                new ServiceItem("diagnosis", "智能政策诊断报告", "Policy diagnosis report",
                        "可享受、待确认与差一项条件的政策及预计金额", "What an enterprise qualifies for, may, and nearly does",
                        HandlingMode.ONLINE),
                new ServiceItem("apply-online", "政策线上申报", "Online application",
                        "简单政策线上申报，按服务闭环受理、审核、反馈", "Simple policies applied for through the closed loop",
                        HandlingMode.ONLINE, APPLICATION_CATEGORY),
                new ServiceItem("exempt", "免申即享", "Benefits without applying",
                        "数据比对确定符合条件的企业，确认意愿后兑现", "Data decide; the enterprise only confirms",
                        HandlingMode.ONLINE),
                new ServiceItem("hand-off", "复杂政策转办", "Hand-off to a department",
                        "转至部门业务系统办理，跟踪进度并反馈结果", "Handled in a department's system, followed here",
                        HandlingMode.REFERRED));
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return List.of(new TicketCategory(APPLICATION_CATEGORY, "政策申报", "Policy application",
                TicketKind.DEMAND, APPLICATION_DAYS));
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of("policy.published", "在册有效政策数", "Published policies",
                        IndicatorUnit.COUNT,
                        () -> policies.statistics(1).byStatus().getOrDefault(PolicyStatus.PUBLISHED, 0L)),
                Indicator.of("policy.applications", "政策申报与兑现数", "Policy applications",
                        IndicatorUnit.COUNT, () -> applications.list(null, null).size()),
                // The push funnel over every published policy, as each policy's push report counts it
                // (GET /lines/policy/policies/{id}/push-report); dashboards draw codes *.funnel.* as a funnel.
                Indicator.of("policy.funnel.eligible", "符合条件企业（人次）", "Eligible enterprises",
                        IndicatorUnit.COUNT, () -> funnel()[0]),
                Indicator.of("policy.funnel.pushed", "已推送", "Pushed",
                        IndicatorUnit.COUNT, () -> funnel()[1]),
                Indicator.of("policy.funnel.read", "已阅读", "Read",
                        IndicatorUnit.COUNT, () -> funnel()[2]),
                Indicator.of("policy.funnel.applied", "已申报", "Applied",
                        IndicatorUnit.COUNT, () -> funnel()[3]));
    }

    private volatile long[] funnel;
    private volatile long funnelAt;

    /**
     * Eligible, pushed, read and applied summed over the published policies' push reports; measured once
     * for the four indicators of one measurement (kept two seconds).
     */
    private long[] funnel() {
        long now = System.nanoTime();
        long[] f = funnel;
        if (f != null && now - funnelAt < 2_000_000_000L) {
            return f;
        }
        List<Long> published = new ArrayList<>();
        if (pushes instanceof PolicyPushesImpl impl) {
            published.addAll(impl.publishedPolicyIds()); // their ids alone, in one statement
        } else {
            for (int page = 0; ; page++) {
                Page<Policy> p = policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null,
                        null, null, "id"), new PageRequest(page, PageRequest.MAX_SIZE));
                p.items().forEach(policy -> published.add(policy.id()));
                if (p.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
        }
        // every policy's report in a fixed number of statements, the reach counted on the index (issue 16)
        List<PushReport> reports = pushes instanceof PolicyPushesImpl impl && matching instanceof PolicyMatchingImpl m
                ? impl.reportsOf(published, id -> m.reachCounts(id)[0])
                : published.stream().map(pushes::reportOf).toList();
        long[] sum = new long[4];
        for (PushReport r : reports) {
            sum[0] += r.eligible();
            sum[1] += r.pushed();
            sum[2] += r.read();
            sum[3] += r.applied();
        }
        funnel = sum;
        // kept from when it was measured: a measurement that takes seconds still serves the other three indicators
        funnelAt = System.nanoTime();
        return sum;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new PolicyResource(policies, matching, pushes), new ApplicationResource(applications),
                new DiagnosisResource(enterprises, policies, matching, applications, () -> pdfFont));
    }
}
