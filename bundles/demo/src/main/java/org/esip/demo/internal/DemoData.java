package org.esip.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.esip.core.api.Actor;
import org.esip.identity.api.AccountService;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.StaffService;
import org.esip.provider.api.TrainingRecord;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.TagService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code esip-demo} feature (a production install leaves it out and carries no demo code). Loads the Wenzhou demo data set ({@link WenzhouDemoData}) at start when {@code demoData = true} in
 * {@code etc/org.esip.platform.cfg}, and only into a database that has no enterprise yet. Everything
 * goes through the registries' own services, so the demo data obeys every rule and is in the audit
 * log as {@code system:demo-data}. Besides the data it opens the demo accounts of {@link DemoAccounts}
 * (one per role but administrator, with a documented demo password) so that the web front can be tried at
 * once; the administrator's password is never known in advance.
 */
@Component(configurationPid = DemoData.PID, immediate = true, service = {})
public class DemoData {
    /** The switch {@code demoData} stays where operators have always set it: the platform's configuration. */
    static final String PID = "org.esip.platform";
    static final int ENTERPRISES = 300;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The part of {@code etc/org.esip.platform.cfg} this bundle reads; the core's metatype describes the whole PID. */
    public @interface Config {
        boolean demoData() default false;
    }

    /** Demo data is loaded once at start; a later edit of the platform configuration changes nothing here. */
    @Modified
    void modified() {
        // nothing to do: keeps the component (and the services it holds) from being re-created
    }

    @Activate
    public DemoData(@Reference EnterpriseService enterprises, @Reference TagService tags,
            @Reference OrganisationService organisations, @Reference ExpertService experts,
            @Reference StaffService staff, @Reference ServicePointService points, @Reference TicketService tickets,
            @Reference AccountService accounts, Config config) {
        if (!config.demoData()) {
            return;
        }
        if (enterprises.count() > 0) {
            LOG.info("Demo data not loaded: the database already has enterprises");
            return;
        }
        long started = System.nanoTime();
        // Some demo organisations were admitted before their qualification expired or their credit was marked;
        // clause 6.3.2 would refuse them today, so the demo states why they are members (and the audit log shows it).
        String demoAdmission = "演示数据：按历史入驻记录载入 Demo data: loaded from the historical admission record";
        Actor demo = Actor.system("demo-data");
        WenzhouDemoData data = new WenzhouDemoData(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        for (TagDefinition t : WenzhouDemoData.tags()) {
            tags.define(demo, t);
        }
        List<EnterpriseRegistration> registrations = data.enterprises(ENTERPRISES);
        List<Enterprise> loaded = registrations.stream().map(r -> enterprises.register(demo, r)).toList();
        Map<String, Long> pointIds = new HashMap<>();
        Long firstAdmittedOrganisation = null;
        Long firstPooledExpert = null;
        for (var p : data.servicePoints()) {
            ServicePoint point = points.create(demo, p);
            pointIds.put(point.code(), point.id());
        }
        for (WenzhouDemoData.DemoOrganisation o : data.organisations()) {
            Organisation org = organisations.register(demo, o.registration());
            if (firstAdmittedOrganisation == null && "ADMITTED".equals(o.status())) {
                firstAdmittedOrganisation = org.id();
            }
            switch (o.status()) {
                case "ADMITTED" -> organisations.admit(demo, org.id(), org.version(), o.agreementNumber(), o.agreementDate(),
                        demoAdmission);
                case "SUSPENDED" -> {
                    Organisation admitted = organisations.admit(demo, org.id(), org.version(), o.agreementNumber(),
                            o.agreementDate(), demoAdmission);
                    organisations.suspend(demo, org.id(), admitted.version(), o.reason());
                }
                case "EXITED" -> organisations.exit(demo, org.id(), org.version(), o.reason());
                default -> { }
            }
        }
        for (WenzhouDemoData.DemoExpert e : data.experts()) {
            Expert expert = experts.register(demo, e.registration());
            if (e.leftPoolReason() != null) {
                experts.leavePool(demo, expert.id(), expert.version(), e.leftPoolReason());
            } else if (firstPooledExpert == null) {
                firstPooledExpert = expert.id();
            }
        }
        Long firstStaff = null;
        for (WenzhouDemoData.DemoStaff s : data.staff()) {
            StaffRegistration r = s.registration();
            StaffMember member = staff.create(demo, new StaffRegistration(null, r.name(), r.post(), r.fullTime(),
                    r.phone(), r.email(), new HashSet<>(s.servicePointCodes().stream().map(pointIds::get).toList())));
            firstStaff = firstStaff == null ? member.id() : firstStaff;
            for (TrainingRecord t : s.training()) {
                staff.addTraining(demo, member.id(), t);
            }
        }
        tickets.submit(demo, new TicketSubmission(loaded.get(10).id(), TicketKind.CONSULTATION, Channel.ONLINE,
                "高新技术企业认定申报条件咨询", "我公司计划今年申报高新技术企业，想了解研发费用占比和知识产权方面的具体要求。"), null);
        // Accepted, with its domain, so that dispatch suggestions have something to rank.
        var valve = tickets.submit(demo, new TicketSubmission(loaded.get(4).id(), TicketKind.DEMAND, Channel.PHONE,
                "阀门产品第三方检测需求", "新研发的高压球阀需要做型式试验，希望平台推荐有资质的检测机构。", null,
                "INSPECTION_TESTING"), null);
        tickets.accept(demo, valve.id(), valve.version(), "材料齐全，待派单", null);
        tickets.submit(demo, new TicketSubmission(loaded.get(9).id(), TicketKind.APPEAL, Channel.WINDOW,
                "厂房消防验收进度诉求", "扩建厂房的消防验收已提交两个月，尚无答复，影响投产，请协调相关部门。"), null);
        tickets.submit(demo, new TicketSubmission(loaded.get(11).id(), TicketKind.DEMAND, Channel.VISIT,
                "印刷车间数字化改造咨询", "走访中企业提出希望了解印刷车间数字化改造的服务商和补助政策。"), null);
        tickets.submit(demo, new TicketSubmission(loaded.get(0).id(), TicketKind.COMPLAINT, Channel.EMAIL,
                "服务机构未按约定时间上门", "预约的知识产权服务机构两次未按约定时间上门，希望平台督促。"), null);
        // One demand that travelled the whole loop, so that its sealed archive file can be read.
        var done = tickets.submit(demo, new TicketSubmission(loaded.get(20).id(), TicketKind.CONSULTATION, Channel.WINDOW,
                "研发费用加计扣除政策咨询", "想了解今年研发费用加计扣除的比例和申报时间。"), null);
        done = tickets.accept(demo, done.id(), done.version(), "当场受理");
        done = tickets.assign(demo, done.id(), done.version(), new Assignment(
                AssigneeKind.STAFF, firstStaff, null, "窗口当场解答"));
        done = tickets.sign(demo, done.id(), done.version());
        done = tickets.start(demo, done.id(), done.version(), "窗口当场解答");
        done = tickets.resolve(demo, done.id(), done.version(), "已讲解加计扣除比例 100% 及年度汇算清缴时申报的办法。",
                BigDecimal.ZERO);
        done = tickets.sendFeedback(demo, done.id(), done.version(), Channel.WINDOW, null);
        done = tickets.evaluate(demo, done.id(), done.version(), SatisfactionGrade.VERY_SATISFIED,
                "讲解清楚");
        tickets.close(demo, done.id(), done.version(), null);
        DemoAccounts.open(accounts, demo, loaded.get(0).id(), firstAdmittedOrganisation, firstPooledExpert);
        LOG.info("Demo data loaded in {} ms: {} enterprises, {} service points, {} organisations, {} experts, {} staff,"
                + " 6 tickets", (System.nanoTime() - started) / 1_000_000, loaded.size(), pointIds.size(),
                data.organisations().size(), data.experts().size(), data.staff().size());
    }
}
