package org.esip.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.internal.UnifiedSocialCreditCode;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small demo data set of fictitious Wenzhou enterprises and their demands, loaded at start when
 * {@code demoData = true} in {@code etc/org.esip.platform.cfg} and only into a database that has no
 * enterprise yet. Names are invented; credit codes are valid GB 32100 codes that belong to nobody.
 */
@Component(configurationPid = PlatformConfig.PID, immediate = true, service = {})
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Region code, name, industry code, tags, and an 8-digit serial from which the credit code is made. */
    private record Sample(String region, String name, String industry, Set<String> tags, String serial) {
    }

    private static final List<Sample> ENTERPRISES = List.of(
            new Sample("330302", "温州瓯江智能电气有限公司", "C3823", Set.of("专精特新", "高新技术企业"), "MA2D0001"),
            new Sample("330303", "温州龙湾精密阀门有限公司", "C3443", Set.of("科技型中小企业", "出口"), "MA2D0002"),
            new Sample("330304", "温州瓯海皮鞋制造有限公司", "C1952", Set.of("出口", "数字化转型"), "MA2D0003"),
            new Sample("330381", "瑞安汽摩配件科技有限公司", "C3670", Set.of("高新技术企业"), "MA2D0004"),
            new Sample("330382", "乐清低压电器股份有限公司", "C3823", Set.of("专精特新", "上市后备"), "MA2D0005"),
            new Sample("330383", "龙港印刷包装有限公司", "C2319", Set.of("数字化转型"), "MA2D0006"),
            new Sample("330324", "永嘉泵阀设备有限公司", "C3441", Set.of("科技型中小企业"), "MA2D0007"),
            new Sample("330326", "平阳服饰有限公司", "C1810", Set.of("出口"), "MA2D0008"),
            new Sample("330327", "苍南仪表有限公司", "C4016", Set.of("高新技术企业", "科技型中小企业"), "MA2D0009"),
            new Sample("330302", "温州鹿城眼镜有限公司", "C3587", Set.of("出口", "品牌企业"), "MA2D0010"),
            new Sample("330305", "洞头海洋食品有限公司", "C1361", Set.of("农业龙头企业"), "MA2D0011"),
            new Sample("330328", "文成数字软件有限公司", "I6513", Set.of("科技型中小企业", "软件企业"), "MA2D0012"));

    @Activate
    public DemoData(@Reference EnterpriseService enterprises, @Reference TicketService tickets, PlatformConfig config) {
        if (!config.demoData()) {
            return;
        }
        if (enterprises.count() > 0) {
            LOG.info("Demo data not loaded: the database already has enterprises");
            return;
        }
        List<Enterprise> loaded = new ArrayList<>();
        for (Sample s : ENTERPRISES) {
            String code = UnifiedSocialCreditCode.withCheckCharacter("91" + s.region() + "0" + s.serial());
            loaded.add(enterprises.register(Actor.system("demo-data"), new EnterpriseRegistration(null, code, s.name(),
                    s.region(), null, null, s.industry(), null, null, null, null, null, null, null, null, null, null,
                    s.tags())));
        }
        tickets.submit(new TicketSubmission(loaded.get(0).id(), TicketKind.CONSULTATION, Channel.ONLINE,
                "高新技术企业认定申报条件咨询", "我公司计划今年申报高新技术企业，想了解研发费用占比和知识产权方面的具体要求。"));
        tickets.submit(new TicketSubmission(loaded.get(1).id(), TicketKind.DEMAND, Channel.PHONE,
                "阀门产品第三方检测需求", "新研发的高压球阀需要做型式试验，希望平台推荐有资质的检测机构。"));
        tickets.submit(new TicketSubmission(loaded.get(2).id(), TicketKind.APPEAL, Channel.WINDOW,
                "厂房消防验收进度诉求", "扩建厂房的消防验收已提交两个月，尚无答复，影响投产，请协调相关部门。"));
        tickets.submit(new TicketSubmission(loaded.get(5).id(), TicketKind.DEMAND, Channel.VISIT,
                "印刷车间数字化改造咨询", "走访中企业提出希望了解印刷车间数字化改造的服务商和补助政策。"));
        tickets.submit(new TicketSubmission(loaded.get(9).id(), TicketKind.COMPLAINT, Channel.EMAIL,
                "服务机构未按约定时间上门", "预约的知识产权服务机构两次未按约定时间上门，希望平台督促。"));
        LOG.info("Demo data loaded: {} enterprises and 5 tickets", loaded.size());
    }
}
