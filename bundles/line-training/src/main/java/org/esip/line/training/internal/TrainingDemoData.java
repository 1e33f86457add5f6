package org.esip.line.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.training.api.Course;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.line.training.api.TrainingSession;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wenzhou demo data for the training line: with {@code demoData = true} in {@code etc/org.esip.platform.cfg} and no
 * course yet, a few courses and sessions in 鹿城, 瓯海, 乐清 and 瑞安 given by the core demo data's experts and
 * organisations, one session already held with attendance and evaluations, and some training needs. It waits (up to
 * ten minutes) for the core's demo enterprises, which load at the same time.
 */
@Component(configurationPid = "org.esip.platform")
public class TrainingDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingDemoData.class);

    /** The one setting read here, from the platform's configuration. */
    public @interface Switch {
        boolean demoData() default false;
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-training-demo-data");
        t.setDaemon(true);
        return t;
    });
    private final CourseCatalogue catalogue;
    private final Registrations registrations;
    private final Outcomes outcomes;
    private final EnterpriseService enterprises;
    private final ExpertService experts;
    private final OrganisationService organisations;

    @Activate
    public TrainingDemoData(@Reference CourseCatalogue catalogue, @Reference Registrations registrations,
            @Reference Outcomes outcomes, @Reference EnterpriseService enterprises, @Reference ExpertService experts,
            @Reference OrganisationService organisations, Switch config) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.enterprises = enterprises;
        this.experts = experts;
        this.organisations = organisations;
        if (!config.demoData()) {
            return;
        }
        AtomicInteger tries = new AtomicInteger();
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (load() || tries.incrementAndGet() >= 60) {
                    timer.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.warn("Training demo data not loaded: {}", e.toString());
                timer.shutdown();
            }
        }, 2, 10, TimeUnit.SECONDS);
    }

    /** Demo data is loaded once; a later edit of the platform configuration changes nothing here. */
    @Modified
    void modified() {
        // keeps the component from being re-created
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    /** @return true when done (loaded, or not needed); false to try again later */
    boolean load() {
        if (!catalogue.courses(null).isEmpty()) {
            return true;
        }
        List<Enterprise> found = enterprises.search(EnterpriseQuery.all(), new PageRequest(0, 30)).items();
        List<Expert> pool = experts.search(new ExpertQuery(null, null, null, null, true, null, null),
                new PageRequest(0, 5)).items();
        List<Organisation> admitted = organisations.search(new OrganisationQuery(null, null, null, null,
                OrganisationStatus.ADMITTED, null, null), new PageRequest(0, 5)).items();
        if (found.size() < 12 || pool.size() < 2 || admitted.isEmpty()) {
            return false;
        }
        Actor demo = Actor.system("demo-data");
        LocalDate today = LocalDate.ofInstant(catalogue.now(), Registrations.ZONE);
        Course digital = catalogue.createCourse(demo, new Drafts.CourseDraft("中小企业数字化转型实务", "DIGITAL",
                "工业互联网平台应用、设备上云与数字化车间改造案例（温州鞋服、电气、泵阀行业）"));
        Course safety = catalogue.createCourse(demo, new Drafts.CourseDraft("安全生产主体责任与隐患排查", "WORK_SAFETY",
                "企业安全生产主体责任清单、重大事故隐患判定标准与现场排查方法"));
        Course finance = catalogue.createCourse(demo, new Drafts.CourseDraft("中小企业融资渠道与股权融资", "FINANCING",
                "银行信贷产品、政府性融资担保、知识产权质押与股权融资路径"));
        Course founders = catalogue.createCourse(demo, new Drafts.CourseDraft("创业者经营管理训练营", "ENTREPRENEURSHIP",
                "面向初创企业创始人：财务管理、团队建设与市场开拓"));
        // Held a week ago in 鹿城, with attendance and evaluations.
        TrainingSession held = catalogue.createSession(demo, session(digital, "OFFLINE", "EXPERT", pool.get(0).id(),
                "温州市鹿城区创业服务中心三楼报告厅", "鹿城区创业园", null, null, "330302", today.minusDays(7),
                LocalTime.of(14, 0), 3, 60, List.of("3303"), List.of()));
        catalogue.createSession(demo, session(digital, "ONLINE", "ORGANISATION", admitted.get(0).id(), null, null, null,
                "https://live.example.cn/maishang/wenzhou-digital-2", "330304", today.plusDays(1), LocalTime.of(9, 30), 2,
                500, List.of(), List.of()));
        catalogue.createSession(demo, session(safety, "AT_ENTERPRISE", "EXPERT", pool.get(1).id(), "企业一楼会议室", null,
                found.get(3).id(), null, "330382", today.plusDays(6), LocalTime.of(9, 0), 3, 30, List.of(), List.of()));
        catalogue.createSession(demo, session(finance, "OFFLINE", "ORGANISATION", admitted.get(0).id(),
                "瑞安市经济开发区管委会二楼会议室", "瑞安经济开发区", null, null, "330381", today.plusDays(13),
                LocalTime.of(14, 30), 2, 80, List.of("330381", "330382"), List.of()));
        catalogue.createSession(demo, session(founders, "OFFLINE", "EXPERT", pool.get(0).id(), "瓯海区大学科技园路演厅",
                "瓯海科技园", null, null, "330304", today.plusDays(20), LocalTime.of(9, 0), 6, 40, List.of(), List.of()));
        String[][] people = {{"陈建国", "13857700101"}, {"林晓燕", "13857700102"}, {"王海波", "13957700103"},
            {"郑丽君", "13957700104"}, {"黄志强", "13757700105"}, {"周敏", "13757700106"}};
        for (int i = 0; i < people.length; i++) {
            Enterprise e = found.get(i % 4);
            if (!e.regionCode().startsWith("3303")) {
                continue;
            }
            registrations.register(demo, held.id(), e.id(), new Drafts.RegistrationDraft(null,
                    List.of(new Drafts.Attendee(people[i][0], people[i][1]))));
        }
        // The attendance of the session held: all but one checked in (recorded as history, outside any window).
        UnitOfWork.run(catalogue.emf(), em -> {
            List<RegistrationEntity> regs = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s"
                    + " AND r.status = :c ORDER BY r.id", RegistrationEntity.class).setParameter("s", held.id())
                    .setParameter("c", RegistrationStatus.CONFIRMED).getResultList();
            for (int i = 0; i < regs.size() - 1; i++) {
                regs.get(i).checkedInAt = LocalDateTime.ofInstant(held.startsAt(), ZoneOffset.UTC).plusMinutes(10);
                regs.get(i).checkInMethod = "CODE";
            }
        });
        String[] grades = {"VERY_SATISFIED", "SATISFIED", "VERY_SATISFIED", "BASICALLY_SATISFIED"};
        int g = 0;
        for (Long enterpriseId : registrations.list(held.id(), null, RegistrationStatus.CONFIRMED).stream()
                .map(r -> r.enterpriseId()).distinct().toList()) {
            outcomes.evaluate(demo, held.id(), enterpriseId, new Drafts.EvaluationDraft(null, grades[g % grades.length],
                    5 - g % 2, "案例贴近温州企业实际，希望多安排车间实地观摩。"));
            g++;
        }
        String[][] needs = {{"DIGITAL", "希望了解鞋服行业 MES 系统选型和实施周期"}, {"WORK_SAFETY", "新员工三级安全教育如何组织"},
            {"FINANCING", "科技型中小企业如何申请知识产权质押贷款"}, {"DIGITAL", "跨境电商独立站运营与数据分析"},
            {"MANAGEMENT", "家族企业二代接班与现代企业制度"}, {"TECHNICAL_SKILLS", "数控机床编程与维护技能提升"}};
        for (int i = 0; i < needs.length; i++) {
            outcomes.addNeed(demo, found.get(5 + i).id(), new Drafts.NeedDraft(null, needs[i][0], needs[i][1]));
        }
        LOG.info("Training demo data loaded: 4 courses, 5 sessions, registrations, evaluations and needs");
        return true;
    }

    private static Drafts.SessionDraft session(Course course, String mode, String speakerKind, long speakerId,
            String venue, String park, Long host, String live, String region, LocalDate day, LocalTime start, int hours,
            int capacity, List<String> regions, List<String> industries) {
        Instant starts = day.atTime(start).atZone(Registrations.ZONE).toInstant();
        return new Drafts.SessionDraft(course.id(), mode, speakerKind, speakerId, venue, park, host, live, null, region,
                starts.toString(), starts.plusSeconds(hours * 3600L).toString(), capacity, regions, industries, List.of(),
                null);
    }
}
