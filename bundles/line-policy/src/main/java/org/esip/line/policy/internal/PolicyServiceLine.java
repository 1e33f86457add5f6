package org.esip.line.policy.internal;

import java.util.List;

import org.esip.line.api.ServiceLine;
import org.esip.line.policy.api.PolicyService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy line (政策服务专线, 帮企云, clause 5.2.1) as the core sees it: a whiteboard ServiceLine whose
 * resources answer under {@code /api/v1/lines/policy/}.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + PolicyServiceLine.ID,
        configurationPid = PolicyLineConfig.PID)
public class PolicyServiceLine implements ServiceLine {
    static final String ID = "policy";

    private final String version;
    private final PolicyService policies;
    private final org.esip.line.policy.api.ApplicationService applications;

    private final org.esip.line.policy.api.PolicyMatching matching;
    private final org.esip.line.policy.api.PolicyPushes pushes;
    private final org.esip.registry.api.EnterpriseService enterprises;
    private final String pdfFont;

    @Activate
    public PolicyServiceLine(BundleContext context, @Reference PolicyService policies,
            @Reference org.esip.line.policy.api.ApplicationService applications,
            @Reference org.esip.line.policy.api.PolicyMatching matching,
            @Reference org.esip.line.policy.api.PolicyPushes pushes,
            @Reference org.esip.registry.api.EnterpriseService enterprises, PolicyLineConfig config) {
        this.pdfFont = config.pdfFont();
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
    public List<Object> restResources() {
        return List.of(new PolicyResource(policies, matching, pushes), new ApplicationResource(applications),
                new DiagnosisResource(enterprises, policies, matching, applications, pdfFont));
    }
}
