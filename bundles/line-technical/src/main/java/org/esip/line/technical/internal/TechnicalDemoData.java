package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.line.technical.api.InstrumentDraft;
import org.esip.line.technical.api.OfferDraft;
import org.esip.line.technical.api.ProjectDraft;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wenzhou demo data of the technical line: offers and instruments of the core's demo organisations (admitted, in
 * the technical domains, on their own qualifications) and a few projects of local key industries. Only into empty
 * tables, only on a demo platform.
 */
@Component(service = TechnicalDemoData.class)
public class TechnicalDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicalDemoData.class);
    private static final Actor DEMO = Actor.system("demo-data");

    private final OrganisationService organisations;
    private final Offers offers;
    private final Instruments instruments;
    private final Projects projects;

    @Activate
    public TechnicalDemoData(@Reference OrganisationService organisations, @Reference Offers offers,
            @Reference Instruments instruments, @Reference Projects projects) {
        this.organisations = organisations;
        this.offers = offers;
        this.instruments = instruments;
        this.projects = projects;
    }

    /** Seeds once the core's demo organisations are there (waits up to a minute for them). */
    void seed() throws InterruptedException {
        if (offers.countAll() > 0 || instruments.countAll() > 0 || projects.countAll() > 0) {
            return;
        }
        List<Organisation> admitted = List.of();
        for (int i = 0; i < 60 && admitted.isEmpty(); i++) {
            admitted = organisations.search(new OrganisationQuery(null, null, null, null, OrganisationStatus.ADMITTED,
                    null, "createdAt"), new PageRequest(0, 50)).items();
            if (admitted.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        List<OfferDraft> offerDrafts = new ArrayList<>();
        List<InstrumentDraft> instrumentDrafts = new ArrayList<>();
        boolean expiredShown = false;
        for (Organisation o : admitted) {
            OrganisationQualification q = o.qualifications().stream()
                    .filter(x -> !OfferRules.expired(x, Technical.today())).findFirst().orElse(null);
            if (q == null) {
                // One offer on an expired qualification shows how the catalogue keeps it visible but not bookable.
                OrganisationQualification old = o.qualifications().stream().findFirst().orElse(null);
                ServiceDomain d = o.domains().stream().filter(ServiceDomain::technical).findFirst().orElse(null);
                if (old != null && d != null && !expiredShown) {
                    offerDrafts.add(offer(o, old, d));
                    expiredShown = true;
                }
                continue;
            }
            for (ServiceDomain d : o.domains()) {
                if (!d.technical() || offerDrafts.size() >= 10) {
                    continue;
                }
                offerDrafts.add(offer(o, q, d));
                if (d == ServiceDomain.EQUIPMENT_SHARING || d == ServiceDomain.INSPECTION_TESTING
                        || d == ServiceDomain.EXPERIMENT) {
                    if (instrumentDrafts.size() < 4) {
                        instrumentDrafts.add(instrument(o, instrumentDrafts.size()));
                    }
                }
            }
        }
        if (!offerDrafts.isEmpty()) {
            offers.storeAll(offerDrafts);
        }
        if (!instrumentDrafts.isEmpty()) {
            instruments.storeAll(instrumentDrafts);
        }
        for (ProjectDraft p : projects()) {
            projects.create(DEMO, p);
        }
        LOG.info("Technical line demo data: {} offers, {} instruments, {} projects", offerDrafts.size(),
                instrumentDrafts.size(), projects().size());
    }

    private static OfferDraft offer(Organisation o, OrganisationQualification q, ServiceDomain d) {
        String title;
        String scope;
        BigDecimal min;
        BigDecimal max;
        int days;
        switch (d) {
            case INSPECTION_TESTING -> {
                title = "电气产品安全性能检测";
                scope = "低压电器、阀门、鞋革等温州特色产品的安全与性能检测，出具 CMA 检测报告";
                min = new BigDecimal("800");
                max = new BigDecimal("5000");
                days = 7;
            }
            case INDUSTRIAL_DESIGN -> {
                title = "产品外观与结构设计";
                scope = "眼镜、鞋服、小家电等产品外观设计、结构设计与手板打样";
                min = new BigDecimal("5000");
                max = new BigDecimal("50000");
                days = 20;
            }
            case STANDARDS_METROLOGY -> {
                title = "计量器具检定校准";
                scope = "压力表、量具、衡器等计量器具的检定与校准，标准制修订咨询";
                min = new BigDecimal("100");
                max = new BigDecimal("2000");
                days = 5;
            }
            case CERTIFICATION -> {
                title = "管理体系与产品认证辅导";
                scope = "ISO 9001、ISO 14001 体系认证及 CCC 产品认证辅导";
                min = new BigDecimal("8000");
                max = new BigDecimal("30000");
                days = 30;
            }
            case INTELLECTUAL_PROPERTY -> {
                title = "专利申请与布局";
                scope = "发明、实用新型、外观设计专利申请代理与专利布局分析";
                min = new BigDecimal("1500");
                max = new BigDecimal("8000");
                days = 15;
            }
            case DIGITAL_APPLICATION -> {
                title = "中小企业数字化诊断";
                scope = "生产管理数字化现状诊断、上云用数赋智方案与实施";
                min = new BigDecimal("3000");
                max = new BigDecimal("20000");
                days = 10;
            }
            case ENERGY_ENVIRONMENT -> {
                title = "能源审计与节能诊断";
                scope = "企业能源审计、碳排放核算与节能改造方案";
                min = new BigDecimal("6000");
                max = new BigDecimal("25000");
                days = 15;
            }
            default -> {
                title = d.nameZh() + "服务";
                scope = o.name() + "提供的" + d.nameZh() + "服务";
                min = new BigDecimal("1000");
                max = null;
                days = 10;
            }
        }
        return new OfferDraft(o.id(), d.name(), title, scope, q.type(), q.number(), min, max, "元/项", days, "BOTH",
                true, null);
    }

    private static InstrumentDraft instrument(Organisation o, int n) {
        String[][] demo = {
            {"扫描电子显微镜", "SU3500", "龙湾区温州高新区科技园 3 号楼 2 楼", "330303", "材料表面形貌与成分分析", "300"},
            {"三坐标测量机", "Contura G2", "瓯海区南白象街道检测中心 1 楼", "330304", "精密零部件几何尺寸测量", "200"},
            {"高低温湿热试验箱", "GDJS-500", "瑞安市经济开发区公共技术服务平台", "330381", "产品环境适应性试验", "80"},
            {"电感耦合等离子体质谱仪", "ICP-MS 7900", "乐清市柳市镇电器检测中心", "330382", "重金属等元素含量分析", "400"}};
        String[] d = demo[n % demo.length];
        return new InstrumentDraft(o.id(), d[0], d[1], d[2], d[3], d[4], new BigDecimal(d[5]), true, null);
    }

    private static List<ProjectDraft> projects() {
        return List.of(
                new ProjectDraft("智能断路器物联网模块", "NEW_PRODUCT", "UNIVERSITY", null, "温州大学电气与电子工程学院",
                        "C38", "PILOT", "JOINT_DEVELOPMENT", List.of("智能电气", "物联网"),
                        "面向低压电器企业的断路器远程监测与控制模块，已完成中试，寻求乐清电气企业合作开发。", true, null),
                new ProjectDraft("鞋材环保水性胶粘剂技术", "NEW_TECHNOLOGY", "UNIVERSITY", null, "温州大学化学与材料工程学院",
                        "C19", "SMALL_BATCH", "LICENSING", List.of("鞋革", "绿色制造"),
                        "替代溶剂型胶粘剂的水性聚氨酯胶粘剂配方与工艺，VOC 排放降低 90%。", true, null),
                new ProjectDraft("阀门密封面激光熔覆技术", "NEW_TECHNOLOGY", "UNIVERSITY", null, "温州职业技术学院",
                        "C34", "LABORATORY", "TRANSFER", List.of("泵阀", "激光加工"),
                        "提高阀门密封面耐磨耐蚀性能的激光熔覆工艺，可延长寿命 2 倍以上。", true, null),
                new ProjectDraft("眼镜架钛合金 3D 打印工艺", "NEW_TECHNOLOGY", "UNIVERSITY", null, "浙江工业大学温州研究院",
                        "C35", "PILOT", "EQUITY", List.of("眼镜", "增材制造"),
                        "钛合金镜架一体化 3D 打印与后处理工艺，适合个性化定制。", true, null));
    }
}
