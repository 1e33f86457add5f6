package org.esip.line.volunteer.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.volunteer.api.Activity;
import org.esip.line.volunteer.api.ActivityDraft;
import org.esip.line.volunteer.api.ActivityMode;
import org.esip.line.volunteer.api.ActivityService;
import org.esip.line.volunteer.api.RecordDraft;
import org.esip.line.volunteer.api.RecordService;
import org.esip.line.volunteer.api.RoleDraft;
import org.esip.line.volunteer.api.ServiceRecord;
import org.esip.line.volunteer.api.SignUp;
import org.esip.line.volunteer.api.Team;
import org.esip.line.volunteer.api.TeamDraft;
import org.esip.line.volunteer.api.Volunteer;
import org.esip.line.volunteer.api.VolunteerDraft;
import org.esip.line.volunteer.api.VolunteerRegistry;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.SatisfactionGrade;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wenzhou demo data of the volunteer line: when {@code demoData = true} in {@code etc/org.esip.platform.cfg} and the
 * line's tables are empty, a few volunteers (one of them a demo expert), a team of a demo organisation, a lecture that
 * is under way with confirmed and rated service records, and an online activity next week. Everything goes through
 * the line's own services, so it obeys their rules and is in the audit log as {@code system:volunteer-demo}.
 */
@Component(configurationPid = "org.esip.platform", immediate = true, service = {})
public class VolunteerDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(VolunteerDemoData.class);

    /** Loaded once, at activation; a later edit of the platform configuration changes nothing here. */
    @Modified
    void modified() {
        // keeps the component from being re-created
    }

    @Activate
    public VolunteerDemoData(Map<String, Object> config, @Reference VolunteerRegistry registry,
            @Reference ActivityService activities, @Reference RecordService records,
            @Reference OrganisationService organisations, @Reference ExpertService experts,
            @Reference EnterpriseService enterprises) {
        if (!"true".equalsIgnoreCase(String.valueOf(config.get("demoData")))) {
            return;
        }
        try {
            if (registry.count() > 0 || activities.count() > 0) {
                return;
            }
            List<Organisation> orgs = organisations.search(OrganisationQuery.all(), new PageRequest(0, 2)).items();
            List<Enterprise> served = enterprises.search(EnterpriseQuery.all(), new PageRequest(0, 2)).items();
            if (orgs.isEmpty() || served.isEmpty()) {
                LOG.info("Volunteer demo data not loaded: the platform has no demo organisations or enterprises yet");
                return;
            }
            List<Expert> pooled = experts.search(new ExpertQuery(null, null, null, Boolean.TRUE, null, null, null),
                    new PageRequest(0, 1)).items();
            if (pooled.isEmpty()) {
                pooled = experts.search(ExpertQuery.all(), new PageRequest(0, 1)).items();
            }
            load(registry, activities, records, orgs, served, pooled);
        } catch (RuntimeException e) {
            LOG.warn("Volunteer demo data not loaded: {}", e.toString());
        }
    }

    private static void load(VolunteerRegistry registry, ActivityService activities, RecordService records,
            List<Organisation> orgs, List<Enterprise> served, List<Expert> pooled) {
        Actor demo = Actor.system("volunteer-demo");
        long org = orgs.get(0).id();
        long org2 = orgs.get(orgs.size() - 1).id();
        List<Volunteer> v = new ArrayList<>();
        v.add(registry.register(demo, new VolunteerDraft(pooled.isEmpty() ? "周明" : pooled.get(0).name(), "13957700101",
                pooled.isEmpty() ? null : pooled.get(0).id(), null, List.of("法律咨询", "劳动合同"), "330302")));
        v.add(registry.register(demo, new VolunteerDraft("陈晓燕", "13957700102", null, org, List.of("财税申报", "政策解读"),
                "330303")));
        v.add(registry.register(demo, new VolunteerDraft("黄建国", "13957700103", null, org, List.of("安全生产", "设备检修"),
                "330304")));
        v.add(registry.register(demo, new VolunteerDraft("林晓东", "13957700104", null, org2, List.of("电商运营", "直播带货"),
                "330382")));
        v.add(registry.register(demo, new VolunteerDraft("郑丽", "13957700105", null, null, List.of("外贸单证", "跨境电商"),
                "330381")));
        Team team = registry.createTeam(demo, new TeamDraft(org, "鹿城企业服务志愿队", "为鹿城、龙湾、瓯海的小微企业提供财税与安全生产志愿服务"));
        registry.addMember(demo, team.id(), v.get(1).id());
        registry.addMember(demo, team.id(), v.get(2).id());

        List<Long> beneficiaries = served.stream().map(Enterprise::id).toList();
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        Activity lecture = activities.create(demo, new ActivityDraft(org, "小微企业财税政策公益讲堂",
                "讲解减税降费与研发费用加计扣除政策，现场答疑", ActivityMode.OFFLINE, "鹿城区五马街道企业服务站二楼",
                null, start, start.plus(Duration.ofHours(4)), List.of(new RoleDraft("财税讲师", 2),
                        new RoleDraft("安全生产咨询", 2), new RoleDraft("现场服务", 3)), beneficiaries));
        SignUp s1 = activities.signUp(demo, lecture.id(), lecture.roles().get(0).id(), v.get(1).id(), null);
        SignUp s2 = activities.signUp(demo, lecture.id(), lecture.roles().get(1).id(), v.get(2).id(), null);
        activities.signUp(demo, lecture.id(), lecture.roles().get(0).id(), v.get(0).id(), "可讲解劳动用工合规");
        activities.decide(demo, s1.id(), null, true, null);
        activities.decide(demo, s2.id(), null, true, null);
        ServiceRecord r1 = records.write(demo, lecture.id(), new RecordDraft(v.get(1).id(), beneficiaries.get(0),
                new BigDecimal("2.5"), "讲解研发费用加计扣除政策，解答申报疑问 6 个", null));
        records.confirm(demo, r1.id(), null);
        ServiceRecord r2 = records.write(demo, lecture.id(), new RecordDraft(v.get(2).id(),
                beneficiaries.get(beneficiaries.size() - 1), new BigDecimal("2"), "排查车间用电与消防隐患 3 处并提出整改建议", null));
        records.confirm(demo, r2.id(), null);
        records.evaluate(new Actor("system:volunteer-demo-enterprise", Set.of(Role.ENTERPRISE), beneficiaries.get(0),
                null, null), r1.id(), SatisfactionGrade.VERY_SATISFIED, "讲得清楚，当场解决了申报问题");

        Instant next = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(7)).plus(Duration.ofHours(6));
        activities.create(demo, new ActivityDraft(org2, "跨境电商合规线上答疑", "乐清、瑞安外贸企业跨境电商合规与单证问题线上答疑",
                ActivityMode.ONLINE, null, "https://meeting.example.cn/volunteer/cross-border", next,
                next.plus(Duration.ofHours(2)), List.of(new RoleDraft("答疑专家", 3)), beneficiaries));
        LOG.info("Volunteer demo data loaded: {} volunteers, 1 team, 2 activities, 2 service records", v.size());
    }
}
