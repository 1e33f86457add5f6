package org.esip.line.policy.internal;

import java.util.List;

import org.esip.line.api.ServiceLine;
import org.esip.line.kit.LineTexts;
import org.esip.line.policy.api.PolicyService;
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
public class PolicyServiceLine implements ServiceLine {
    static final String ID = "policy";
    /** Online applications for policies: tickets of this category travel the closed loop. */
    static final String APPLICATION_CATEGORY = "policy.application";
    /** Working days to decide an online application, unless categoryDays in etc/org.esip.ticketing.cfg says otherwise. */
    static final int APPLICATION_DAYS = 15;
    /** The line's texts ({@code Messages_zh_CN.properties} first, {@code Messages.properties}), over the kit's common ones. */
    static final LineTexts TEXTS = new LineTexts("org.esip.line.policy.internal.Messages",
            PolicyServiceLine.class.getClassLoader());

    private final String version;
    private final PolicyService policies;
    private final org.esip.line.policy.api.ApplicationService applications;

    private final org.esip.line.policy.api.PolicyMatching matching;
    private final org.esip.line.policy.api.PolicyPushes pushes;
    private final org.esip.registry.api.EnterpriseService enterprises;
    private volatile String pdfFont;

    /** A new font for the PDF report applies to the next report; the line is not withdrawn and re-admitted. */
    @Modified
    void modified(PolicyLineConfig config) {
        this.pdfFont = config.pdfFont();
    }

    @Activate
    public PolicyServiceLine(BundleContext context, @Reference PolicyService policies,
            @Reference org.esip.line.policy.api.ApplicationService applications,
            @Reference org.esip.line.policy.api.PolicyMatching matching,
            @Reference org.esip.line.policy.api.PolicyPushes pushes,
            @Reference org.esip.registry.api.EnterpriseService enterprises, PolicyLineConfig config) {
        modified(config);
        this.version = context.getBundle().getVersion().toString();
        this.policies = policies;
        this.applications = applications;
        this.matching = matching;
        this.pushes = pushes;
        this.enterprises = enterprises;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "政策服务专线（帮企云）";
    }

    @Override
    public String nameEn() {
        return "Policy services (Bang Qi Yun)";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<org.esip.line.api.ServiceItem> catalogue() {
        return List.of(
                new org.esip.line.api.ServiceItem("query", "政策查询", "Policy search",
                        "按关键词、类别、层级、部门和日期查询政策及其解读", "Search policies and their interpretation",
                        org.esip.line.api.HandlingMode.ONLINE),
                new org.esip.line.api.ServiceItem("push", "政策精准推送", "Matched policy push",
                        "按企业画像与政策条件双向匹配，精准推送", "Two-way matching of enterprises and conditions, pushed",
                        org.esip.line.api.HandlingMode.ONLINE),
                new org.esip.line.api.ServiceItem("diagnosis", "智能政策诊断报告", "Policy diagnosis report",
                        "可享受、待确认与差一项条件的政策及预计金额", "What an enterprise qualifies for, may, and nearly does",
                        org.esip.line.api.HandlingMode.ONLINE),
                new org.esip.line.api.ServiceItem("apply-online", "政策线上申报", "Online application",
                        "简单政策线上申报，按服务闭环受理、审核、反馈", "Simple policies applied for through the closed loop",
                        org.esip.line.api.HandlingMode.ONLINE, APPLICATION_CATEGORY),
                new org.esip.line.api.ServiceItem("exempt", "免申即享", "Benefits without applying",
                        "数据比对确定符合条件的企业，确认意愿后兑现", "Data decide; the enterprise only confirms",
                        org.esip.line.api.HandlingMode.ONLINE),
                new org.esip.line.api.ServiceItem("hand-off", "复杂政策转办", "Hand-off to a department",
                        "转至部门业务系统办理，跟踪进度并反馈结果", "Handled in a department's system, followed here",
                        org.esip.line.api.HandlingMode.REFERRED));
    }

    @Override
    public List<org.esip.line.api.TicketCategory> ticketCategories() {
        return List.of(new org.esip.line.api.TicketCategory(APPLICATION_CATEGORY, "政策申报", "Policy application",
                org.esip.ticketing.api.TicketKind.DEMAND, APPLICATION_DAYS));
    }

    @Override
    public List<org.esip.line.api.Indicator> indicators() {
        return List.of(
                org.esip.line.api.Indicator.of("policy.published", "在册有效政策数", "Published policies",
                        org.esip.line.api.IndicatorUnit.COUNT,
                        () -> policies.statistics(1).byStatus().getOrDefault(org.esip.line.policy.api.PolicyStatus.PUBLISHED, 0L)),
                org.esip.line.api.Indicator.of("policy.applications", "政策申报与兑现数", "Policy applications",
                        org.esip.line.api.IndicatorUnit.COUNT, () -> applications.list(null, null).size()),
                // The push funnel over every published policy, as each policy's push report counts it
                // (GET /lines/policy/policies/{id}/push-report); dashboards draw codes *.funnel.* as a funnel.
                org.esip.line.api.Indicator.of("policy.funnel.eligible", "符合条件企业（人次）", "Eligible enterprises",
                        org.esip.line.api.IndicatorUnit.COUNT, () -> funnel()[0]),
                org.esip.line.api.Indicator.of("policy.funnel.pushed", "已推送", "Pushed",
                        org.esip.line.api.IndicatorUnit.COUNT, () -> funnel()[1]),
                org.esip.line.api.Indicator.of("policy.funnel.read", "已阅读", "Read",
                        org.esip.line.api.IndicatorUnit.COUNT, () -> funnel()[2]),
                org.esip.line.api.Indicator.of("policy.funnel.applied", "已申报", "Applied",
                        org.esip.line.api.IndicatorUnit.COUNT, () -> funnel()[3]));
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
        long[] sum = new long[4];
        for (int page = 0; ; page++) {
            org.esip.core.api.Page<org.esip.line.policy.api.Policy> p = policies.search(
                    new org.esip.line.policy.api.PolicyQuery(null, null, null, null,
                            org.esip.line.policy.api.PolicyStatus.PUBLISHED, null, null, null, "id"),
                    new org.esip.core.api.PageRequest(page, org.esip.core.api.PageRequest.MAX_SIZE));
            for (org.esip.line.policy.api.Policy policy : p.items()) {
                org.esip.line.policy.api.PushReport r = pushes.reportOf(policy.id());
                sum[0] += r.eligible();
                sum[1] += r.pushed();
                sum[2] += r.read();
                sum[3] += r.applied();
            }
            if (p.items().size() < org.esip.core.api.PageRequest.MAX_SIZE) {
                break;
            }
        }
        funnel = sum;
        funnelAt = now;
        return sum;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new PolicyResource(policies, matching, pushes), new ApplicationResource(applications),
                new DiagnosisResource(enterprises, policies, matching, applications, () -> pdfFont));
    }
}
