package org.esip.line.consulting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wenzhou demo supplies and demands, an event and an introduction, when {@code demoData=true} in
 * {@code org.esip.platform} and the line has no postings yet; on the core's demo enterprises and organisations.
 */
@Component(configurationPid = "org.esip.platform", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public class ConsultingDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(ConsultingDemoData.class);

    @Activate
    public ConsultingDemoData(Map<String, Object> config, @Reference Consulting consulting,
            @Reference EnterpriseService enterprises, @Reference OrganisationService organisations) {
        if (!"true".equalsIgnoreCase(String.valueOf(config.get("demoData")))) {
            return;
        }
        try {
            if (consulting.countPostings() > 0) {
                return;
            }
            List<Enterprise> es = enterprises.search(EnterpriseQuery.all(), new PageRequest(0, 6)).items();
            List<Organisation> os = organisations.search(OrganisationQuery.all(), new PageRequest(0, 2)).items();
            if (es.size() < 2) {
                LOG.info("consulting: no demo enterprises yet; no demo postings");
                return;
            }
            Object[][] rows = {
                {"DEMAND", "FINANCING", "智能断路器产线扩产融资 300 万元", "C3823", "330302", 1_000_000, 3_000_000},
                {"SUPPLY", "CAPACITY", "闲置阀门精加工产能（月 2 万件）", "C3443", "330303", null, null},
                {"DEMAND", "TECHNOLOGY", "鞋材环保水性胶粘技术", "C1952", "330304", 100_000, 500_000},
                {"SUPPLY", "MARKET", "眼镜出口欧洲渠道合作", "C3587", "330381", null, null},
                {"DEMAND", "TALENT", "招聘汽车零部件质量工程师 3 名", "C3670", "330382", null, null},
                {"DEMAND", "CAPACITY", "急需阀门精加工外协", "C3443", "330324", 200_000, 800_000}};
            List<PostingEntity> all = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                Object[] r = rows[i];
                PostingEntity e = new PostingEntity();
                e.kind = PostingKind.valueOf((String) r[0]);
                e.type = PostingType.valueOf((String) r[1]);
                e.title = (String) r[2];
                e.industry = (String) r[3];
                e.region = (String) r[4];
                e.amountMin = r[5] == null ? null : BigDecimal.valueOf((Integer) r[5]);
                e.amountMax = r[6] == null ? null : BigDecimal.valueOf((Integer) r[6]);
                e.enterpriseId = es.get(i % es.size()).id();
                e.openFlag = 1;
                e.createdAt = Consulting.now();
                all.add(e);
            }
            if (!os.isEmpty()) {
                PostingEntity e = new PostingEntity();
                e.kind = PostingKind.SUPPLY;
                e.type = PostingType.FINANCING;
                e.title = "科技型中小企业信用贷款（" + os.get(0).name() + "）";
                e.industry = "C38";
                e.region = "330302";
                e.amountMin = BigDecimal.valueOf(500_000);
                e.amountMax = BigDecimal.valueOf(5_000_000);
                e.organisationId = os.get(0).id();
                e.openFlag = 1;
                e.createdAt = Consulting.now();
                all.add(e);
            }
            List<Posting> stored = consulting.postAll(all);
            Actor system = Actor.system("consulting-demo");
            consulting.createEvent(system, new Consulting.EventDraft("温州市中小企业供需对接会（鹿城专场）",
                    Consulting.today().plusDays(14), "温州市民中心三楼会议室", 80));
            // the capacity supply (valves) and the capacity demand (valves) of two demo enterprises
            if (stored.get(1).enterpriseId() != null && !stored.get(1).enterpriseId().equals(stored.get(5).enterpriseId())) {
                consulting.introduce(system, new Consulting.IntroductionDraft(stored.get(1).id(), stored.get(5).id(), null,
                        "龙湾与瓯海阀门企业外协对接"));
            }
            LOG.info("consulting: {} demo postings", stored.size());
        } catch (RuntimeException e) {
            LOG.warn("consulting: demo data not loaded", e);
        }
    }
}
