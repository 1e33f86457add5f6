package org.esip.line.outreach.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.line.outreach.api.Campaign;
import org.esip.line.outreach.api.OutreachService;
import org.esip.line.outreach.api.Target;
import org.esip.line.outreach.api.TargetConditions;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wenzhou demo campaigns when {@code demoData=true} in {@code etc/org.esip.platform.cfg} and the line has no
 * campaign yet: 数字化改造进园区 and 安全生产进企业 on the core's demo enterprises, staff and township centres, with
 * plans and one visit whose demand is a ticket. Waits (in its own thread, at most two minutes) for the core's
 * demo data when both start together.
 */
@Component(immediate = true, service = {})
public class OutreachDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(OutreachDemoData.class);

    private final Thread worker;

    @Activate
    public OutreachDemoData(@Reference OutreachServiceImpl outreach, @Reference EnterpriseService enterprises,
            @Reference StaffService staff, @Reference ServicePointService points, @Reference ConfigurationAdmin configurations) {
        if (!demoData(configurations)) {
            worker = null;
            return;
        }
        worker = new Thread(() -> load(outreach, enterprises, staff, points), "esip-outreach-demo-data");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    /**
     * Whether the platform's configuration asks for demo data. Read by listing, which never binds the platform's
     * configuration to this bundle (it belongs to the core).
     */
    private static boolean demoData(ConfigurationAdmin configurations) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=org.esip.platform)");
            Object value = found == null || found.length == 0 ? null : found[0].getProperties().get("demoData");
            return value != null && Boolean.parseBoolean(value.toString().strip());
        } catch (IOException | InvalidSyntaxException e) {
            return false;
        }
    }

    private static void load(OutreachServiceImpl outreach, EnterpriseService enterprises, StaffService staff,
            ServicePointService points) {
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (staff.search(StaffQuery.all(), new PageRequest(0, 1)).total() == 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(2_000);
            }
            Thread.sleep(5_000);
            if (!outreach.list().isEmpty() || enterprises.count() == 0) {
                return;
            }
            Actor demo = Actor.system("demo-data");
            List<Long> staffIds = staff.search(new StaffQuery(null, null, null, null, true, null), new PageRequest(0, 3))
                    .items().stream().map(StaffMember::id).toList();
            List<ServicePoint> centres = points.search(null, ServicePointKind.TOWNSHIP_CENTRE, null, true, null,
                    new PageRequest(0, 3)).items();
            if (staffIds.isEmpty()) {
                return;
            }
            List<Long> centreIds = centres.stream().map(ServicePoint::id).toList();
            Enterprise first = enterprises.search(EnterpriseQuery.all(), new PageRequest(0, 1)).items().get(0);
            String county = first.regionCode().length() >= 6 ? first.regionCode().substring(0, 6) : first.regionCode();
            LocalDate today = outreach.today();
            Campaign digital = outreach.create(demo, new OutreachService.CampaignDraft("数字化改造进园区",
                    "走进园区宣讲数字化改造和技改补助政策，上门诊断企业数字化需求", today.minusDays(20), today.plusDays(40),
                    new TargetConditions(county, null, null, null), staffIds, List.of(), List.of(), centreIds));
            outreach.create(demo, new OutreachService.CampaignDraft("安全生产进企业",
                    "联合应急管理部门和安全服务机构上门排查隐患、宣讲安全生产责任", today.minusDays(5), today.plusDays(25),
                    new TargetConditions(county, "C", null, null), staffIds, List.of(), List.of(), centreIds));
            List<Target> targets = outreach.targets(digital.id());
            Long centre = centreIds.isEmpty() ? null : centreIds.get(0);
            for (int i = 0; i < Math.min(3, targets.size()); i++) {
                outreach.plan(demo, digital.id(), new OutreachService.PlanDraft(targets.get(i).enterpriseId(),
                        today.minusDays(3 - i), staffIds.subList(0, 1), centre));
            }
            if (!targets.isEmpty()) {
                outreach.recordVisit(demo, digital.id(), new OutreachService.VisitDraft(
                        outreach.plans(digital.id()).get(0).id(), null, today.minusDays(3), null, null,
                        "企业生产设备以半自动为主，有意建设数字化车间，缺少技改资金和系统集成商",
                        List.of(new OutreachService.DemandDraft("数字化车间改造补助申报辅导",
                                "计划投入约 300 万元建设数字化车间，希望了解市级技改补助条件和申报材料"))));
            }
            LOG.info("Outreach line: demo campaigns loaded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Outreach line: demo campaigns not loaded: {}", e.toString());
        }
    }
}
