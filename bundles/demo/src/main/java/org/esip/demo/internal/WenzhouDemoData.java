package org.esip.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.TrainingRecord;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.UnifiedSocialCreditCode;

/**
 * A realistic, entirely fictitious demo data set of the Wenzhou region: its twelve county-level
 * divisions (GB/T 2260) with real townships and streets, the industries each is known for, a few
 * hundred enterprises with valid credit codes, service organisations, experts, staff and service
 * points. The same every time (fixed seed); names, people, phone numbers and addresses are invented
 * (phones in the 1990577 range, e-mail at example.cn).
 */
public final class WenzhouDemoData {
    /** A county-level division with its townships (乡镇/街道) and the industries (GB/T 4754-2017 classes) it is known for. */
    public record Region(String code, String name, String shortName, List<String> townships, List<String> industries) {
    }

    /** An organisation with the admission it should end up in. */
    public record DemoOrganisation(OrganisationRegistration registration, String status, String agreementNumber,
            LocalDate agreementDate, String reason) {
    }

    /** An expert, and whether the expert is out of the pool (with why). */
    public record DemoExpert(ExpertRegistration registration, String leftPoolReason) {
    }

    /** A staff member with the codes of the points they work at and their training. */
    public record DemoStaff(StaffRegistration registration, List<String> servicePointCodes, List<TrainingRecord> training) {
    }

    public static final List<Region> REGIONS = List.of(
            new Region("330302", "鹿城区", "鹿城", List.of("五马街道", "南汇街道", "滨江街道", "七都街道", "藤桥镇"),
                    List.of("C1952", "C1810", "C3587", "I6513", "F5211", "H6210")),
            new Region("330303", "龙湾区", "龙湾", List.of("永中街道", "状元街道", "蒲州街道", "海城街道"),
                    List.of("C3130", "C3443", "C3670", "G5430")),
            new Region("330304", "瓯海区", "瓯海", List.of("娄桥街道", "梧田街道", "潘桥街道", "郭溪街道", "仙岩街道"),
                    List.of("C3587", "C1810", "C1952", "F5174")),
            new Region("330305", "洞头区", "洞头", List.of("北岙街道", "东屏街道", "元觉街道"),
                    List.of("C1361", "A0411", "H6110")),
            new Region("330324", "永嘉县", "永嘉", List.of("东瓯街道", "黄田街道", "桥头镇", "桥下镇", "乌牛街道"),
                    List.of("C3441", "C3443", "C3443", "G5430")),
            new Region("330326", "平阳县", "平阳", List.of("鳌江镇", "昆阳镇", "万全镇", "水头镇"),
                    List.of("C1910", "C2231", "C2319", "F5211")),
            new Region("330327", "苍南县", "苍南", List.of("灵溪镇", "钱库镇", "金乡镇", "宜山镇"),
                    List.of("C2319", "C2231", "C1810", "F5174")),
            new Region("330328", "文成县", "文成", List.of("大峃镇", "玉壶镇", "南田镇"),
                    List.of("A0164", "C1530", "H6110")),
            new Region("330329", "泰顺县", "泰顺", List.of("罗阳镇", "泗溪镇", "雅阳镇"),
                    List.of("A0164", "C1530", "H6110")),
            new Region("330381", "瑞安市", "瑞安", List.of("安阳街道", "塘下镇", "飞云街道", "莘塍街道"),
                    List.of("C3670", "C3670", "C3752", "C3443", "I6513")),
            new Region("330382", "乐清市", "乐清", List.of("柳市镇", "北白象镇", "虹桥镇", "乐成街道"),
                    List.of("C3823", "C3823", "C3824", "C3831", "I6513")),
            new Region("330383", "龙港市", "龙港", List.of(),
                    List.of("C2319", "C2319", "C2231", "F5211")));

    private static final String[] TRADE_NAMES = {"瓯越", "江心", "雁荡", "楠溪", "飞云", "鹿鸣", "海韵", "启航", "恒达",
        "宏信", "明辉", "佳和", "润丰", "同创", "博远", "鼎盛", "嘉禾", "信诚", "华瓯", "瑞丰", "长源", "新岸", "聚力", "睿成",
        "永兴", "泰和", "卓越", "东岙", "南塘", "松台", "翠微", "白象", "三垟", "仙门", "塘河", "中雁", "玉环", "龙腾",
        "星河", "晟德", "弘毅", "天和", "景行", "青禾", "云帆", "远航", "安澜", "锦程", "合众", "立信"};
    private static final String[] SURNAMES = {"王", "李", "张", "陈", "林", "黄", "周", "吴", "郑", "徐", "潘", "金", "叶",
        "胡", "朱", "杨", "应", "陶", "章", "缪"};
    private static final String[] GIVEN = {"建国", "海峰", "晓东", "丽华", "志强", "秀英", "伟", "敏", "杰", "静", "磊",
        "婷婷", "国平", "小燕", "建华", "红梅", "文斌", "雪芳", "立新", "佳怡"};
    private static final String[] ROADS = {"人民路", "学院路", "车站大道", "兴港路", "锦绣路", "府东路", "瓯江路", "温州大道"};

    /** The tag vocabulary of the demo. */
    public static List<TagDefinition> tags() {
        return List.of(tag("智能电气", "Smart electrical", TagCategory.INDUSTRY_CHAIN),
                tag("泵阀", "Pumps and valves", TagCategory.INDUSTRY_CHAIN),
                tag("汽摩配", "Auto and motorcycle parts", TagCategory.INDUSTRY_CHAIN),
                tag("鞋服", "Shoes and apparel", TagCategory.INDUSTRY_CHAIN),
                tag("眼镜", "Eyewear", TagCategory.INDUSTRY_CHAIN),
                tag("印刷包装", "Printing and packaging", TagCategory.INDUSTRY_CHAIN),
                tag("数字经济", "Digital economy", TagCategory.INDUSTRY_CHAIN),
                tag("现代农业", "Modern agriculture", TagCategory.INDUSTRY_CHAIN),
                tag("专精特新培育", "SRDI candidate", TagCategory.QUALIFICATION),
                tag("首次上规", "Newly above designated size", TagCategory.SCALE),
                tag("数字化转型", "Digital transformation", TagCategory.INNOVATION),
                tag("外贸出口", "Exporter", TagCategory.DEMAND),
                tag("融资需求", "Needs financing", TagCategory.DEMAND),
                tag("山区县", "Mountain county", TagCategory.REGION));
    }

    private static TagDefinition tag(String code, String en, TagCategory category) {
        return new TagDefinition(code, code, en, category, false, 0L);
    }

    private static String chainTag(String industry) {
        return switch (industry.substring(0, 4)) {
            case "C382", "C383" -> "智能电气";
            case "C344" -> "泵阀";
            case "C367", "C375" -> "汽摩配";
            case "C195", "C181", "C191" -> "鞋服";
            case "C358" -> "眼镜";
            case "C231", "C223" -> "印刷包装";
            case "I651" -> "数字经济";
            case "A016", "A041", "C153", "C136" -> "现代农业";
            default -> null;
        };
    }

    private static String industryWord(String industry) {
        return switch (industry) {
            case "C3823" -> "电气";
            case "C3824" -> "电子";
            case "C3831" -> "线缆";
            case "C3441" -> "泵业";
            case "C3443" -> "阀门";
            case "C3670" -> "汽车部件";
            case "C3752" -> "摩配";
            case "C1952" -> "鞋业";
            case "C1810" -> "服饰";
            case "C3587" -> "眼镜";
            case "C3130" -> "不锈钢";
            case "C2319" -> "印务";
            case "C2231" -> "包装";
            case "C1910" -> "皮革";
            case "C1361" -> "水产食品";
            case "A0411" -> "海水养殖";
            case "A0164" -> "茶业";
            case "C1530" -> "茶叶";
            case "H6110" -> "酒店管理";
            case "I6513" -> "软件";
            case "F5174" -> "五金";
            case "F5211" -> "商贸";
            case "H6210" -> "餐饮";
            case "G5430" -> "物流";
            default -> "实业";
        };
    }

    private final Random random = new Random(20261125L);
    private final LocalDate today;

    public WenzhouDemoData(LocalDate today) {
        this.today = today;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    private String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String mobile() {
        return "1990577" + String.format("%04d", random.nextInt(10000));
    }

    private String code(String region, Set<String> used) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (true) {
            StringBuilder body = new StringBuilder("91").append(region).append("MA");
            for (int i = 0; i < 7; i++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = UnifiedSocialCreditCode.withCheckCharacter(body.toString());
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** {@code count} enterprises spread over the twelve divisions, mostly micro and small as in a real county. */
    public List<EnterpriseRegistration> enterprises(int count) {
        List<EnterpriseRegistration> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Region r = REGIONS.get(i % REGIONS.size());
            String industry = pick(r.industries());
            String name;
            do {
                name = r.shortName() + pick(TRADE_NAMES) + industryWord(industry)
                        + (random.nextInt(10) == 0 ? "股份有限公司" : "有限公司");
            } while (!names.add(name));
            int bucket = random.nextInt(100);
            int employees = bucket < 45 ? 3 + random.nextInt(17) : bucket < 85 ? 20 + random.nextInt(280)
                    : bucket < 98 ? 300 + random.nextInt(700) : 1000 + random.nextInt(2000);
            boolean manufacturing = industry.startsWith("C");
            BigDecimal perHead = BigDecimal.valueOf(manufacturing ? 30 + random.nextInt(120) : 15 + random.nextInt(60));
            BigDecimal revenue = perHead.multiply(BigDecimal.valueOf(employees));
            BigDecimal assets = revenue.multiply(BigDecimal.valueOf(60 + random.nextInt(80))).divide(BigDecimal.valueOf(100));
            String township = r.townships().isEmpty() ? null : pick(r.townships());
            Set<String> tags = new LinkedHashSet<>();
            String chain = chainTag(industry);
            if (chain != null) {
                tags.add(chain);
            }
            if (random.nextInt(3) == 0) {
                tags.add("外贸出口");
            }
            if (random.nextInt(5) == 0) {
                tags.add("数字化转型");
            }
            if (random.nextInt(8) == 0) {
                tags.add("融资需求");
            }
            if (r.code().equals("330328") || r.code().equals("330329")) {
                tags.add("山区县");
            }
            List<Qualification> qualifications = new ArrayList<>();
            if (employees >= 20 && random.nextInt(6) == 0) {
                LocalDate issued = LocalDate.of(2020 + random.nextInt(6), 12, 1 + random.nextInt(20));
                qualifications.add(new Qualification(QualificationType.HIGH_TECH,
                        "GR" + issued.getYear() + "33" + String.format("%06d", random.nextInt(1_000_000)), issued,
                        issued.plusYears(3).minusDays(1), null));
            }
            if (random.nextInt(4) == 0) {
                int year = today.getYear() - random.nextInt(2);
                qualifications.add(new Qualification(QualificationType.TECH_SME, null, LocalDate.of(year, 5, 1),
                        LocalDate.of(year, 12, 31), null));
            }
            if (employees >= 50 && random.nextInt(10) == 0) {
                qualifications.add(new Qualification(QualificationType.SRDI_PROVINCIAL, null,
                        LocalDate.of(2023, 8, 1), LocalDate.of(2026, 7, 31), null));
                tags.add("专精特新培育");
            }
            if (employees >= 300 && random.nextInt(8) == 0) {
                qualifications.add(new Qualification(QualificationType.SRDI_LITTLE_GIANT, null,
                        LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30), null));
            }
            if (employees >= 20 && employees < 60 && random.nextInt(10) == 0) {
                tags.add("首次上规");
            }
            String contact = person();
            out.add(new EnterpriseRegistration(null, code(r.code(), codes), name, r.code(), township,
                    (township == null ? r.name() : township) + pick(ROADS).replace("兴港路", "兴港路")
                            + (1 + random.nextInt(300)) + "号",
                    industry, person(), contact, mobile(), "contact" + i + "@example.cn", employees, revenue,
                    assets.setScale(2, RoundingMode.HALF_UP),
                    LocalDate.of(1988 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28)), null,
                    qualifications, tags));
        }
        return out;
    }

    /** A platform window in every division and a centre in every township listed. */
    public List<ServicePointRegistration> servicePoints() {
        List<ServicePointRegistration> out = new ArrayList<>();
        for (Region r : REGIONS) {
            out.add(new ServicePointRegistration(null, r.code() + "-PW", r.name() + "企业服务综合平台服务窗口",
                    ServicePointKind.PLATFORM_WINDOW, r.code(), null, r.name() + "行政服务中心二楼",
                    "0577-" + (60000000 + random.nextInt(9999999))));
            int n = 1;
            for (String t : r.townships()) {
                out.add(new ServicePointRegistration(null, r.code() + "-T" + n++, t + "企业服务中心",
                        ServicePointKind.TOWNSHIP_CENTRE, r.code(), t, t + "便民服务中心", null));
            }
        }
        return out;
    }

    public List<DemoOrganisation> organisations() {
        Object[][] kinds = {
            {"检测技术", EnumSet.of(ServiceDomain.INSPECTION_TESTING, ServiceDomain.QUALITY_EVALUATION), "检验检测机构资质认定 CMA"},
            {"认证服务", EnumSet.of(ServiceDomain.CERTIFICATION, ServiceDomain.STANDARDS_METROLOGY), "认证机构批准书"},
            {"知识产权代理", EnumSet.of(ServiceDomain.INTELLECTUAL_PROPERTY), "专利代理机构执业许可证"},
            {"工业设计", EnumSet.of(ServiceDomain.INDUSTRIAL_DESIGN, ServiceDomain.EXPERIMENT), null},
            {"数字科技", EnumSet.of(ServiceDomain.DIGITAL_APPLICATION), "信息系统建设和服务能力等级证书"},
            {"节能环保科技", EnumSet.of(ServiceDomain.ENERGY_ENVIRONMENT), null},
            {"技术转移服务", EnumSet.of(ServiceDomain.TECHNOLOGY_TRANSFER, ServiceDomain.EQUIPMENT_SHARING), null},
            {"会计师事务所", EnumSet.of(ServiceDomain.FINANCING, ServiceDomain.MANAGEMENT_CONSULTING), "会计师事务所执业证书"},
            {"律师事务所", EnumSet.of(ServiceDomain.LEGAL_CONSULTING), "律师事务所执业许可证"},
            {"人力资源服务", EnumSet.of(ServiceDomain.RECRUITMENT_MATCHING), "人力资源服务许可证"},
            {"企业管理咨询", EnumSet.of(ServiceDomain.MANAGEMENT_CONSULTING, ServiceDomain.STARTUP_GUIDANCE), null},
            {"商务代理", EnumSet.of(ServiceDomain.GOVERNMENT_AGENCY, ServiceDomain.BUSINESS_AGENCY), null}};
        List<DemoOrganisation> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            Object[] kind = kinds[i % kinds.length];
            Region r = REGIONS.get((i * 5) % REGIONS.size());
            @SuppressWarnings("unchecked")
            Set<ServiceDomain> domains = (Set<ServiceDomain>) kind[1];
            String suffix = ((String) kind[0]).endsWith("事务所") ? "" : "有限公司";
            String name = "温州" + TRADE_NAMES[(i * 7 + 3) % TRADE_NAMES.length] + kind[0] + suffix;
            List<OrganisationQualification> q = kind[2] == null ? List.of()
                    : List.of(new OrganisationQualification((String) kind[2], "ZJ" + (230000 + i * 37), "浙江省相关主管部门",
                            i % 9 == 4 ? LocalDate.of(2025, 6, 30) : LocalDate.of(2028, 12, 31), null));
            boolean creditGood = i != 17;
            OrganisationRegistration reg = new OrganisationRegistration(null, code(r.code(), codes), name, r.code(),
                    r.name() + pick(ROADS).replace("兴港路", "兴港路") + (10 + i) + "号", person(), mobile(),
                    "org" + i + "@example.cn", domains, q, creditGood, creditGood ? null : "2025 年被列入经营异常名录，已整改",
                    i % 3 == 0 ? Presence.BOTH : i % 3 == 1 ? Presence.ON_SITE : Presence.ONLINE, i % 4 != 3,
                    Set.of());
            String status = i < 18 ? "ADMITTED" : i < 21 ? "APPLIED" : i == 21 ? "SUSPENDED" : i == 22 ? "EXITED" : "APPLIED";
            out.add(new DemoOrganisation(reg, status, "WZQF-2025-" + String.format("%03d", i + 1),
                    LocalDate.of(2025, 1 + i % 12, 1 + i), i == 21 ? "服务满意度连续两季度低于 80%"
                    : i == 22 ? "机构申请退出服务联盟" : null));
        }
        return out;
    }

    public List<DemoExpert> experts() {
        String[] titles = {"高级工程师", "教授", "研究员", "正高级工程师", "副教授", "工程师", "高级经济师", "讲师"};
        String[] employers = {"温州某高校机电工程学院", "温州某研究院", "瑞安某汽车部件企业技术中心", "乐清某电气企业研究院",
            "永嘉某泵阀检测中心", "温州某设计院", "温州某职业技术学院", "鹿城某软件企业"};
        List<ServiceDomain> technical = new ArrayList<>();
        for (ServiceDomain d : ServiceDomain.values()) {
            if (d.technical()) {
                technical.add(d);
            }
        }
        List<DemoExpert> out = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String title = titles[i % titles.length];
            boolean senior = !title.equals("工程师") && !title.equals("讲师");
            Set<ServiceDomain> domains = EnumSet.of(technical.get(i % technical.size()),
                    technical.get((i * 3 + 1) % technical.size()));
            Region r = REGIONS.get(i % REGIONS.size());
            out.add(new DemoExpert(new ExpertRegistration(null, person(), null, domains, title, senior,
                    employers[i % employers.length], mobile(), "expert" + i + "@example.cn", i % 4 == 0, r.code(),
                    Set.of()), i % 12 == 11 ? "聘期届满未续聘" : null));
        }
        return out;
    }

    public List<DemoStaff> staff() {
        StaffPost[] posts = {StaffPost.DIRECTOR, StaffPost.DEPUTY_DIRECTOR, StaffPost.GENERAL_OFFICE,
            StaffPost.ENTERPRISE_SERVICE, StaffPost.ENTERPRISE_SERVICE, StaffPost.INFORMATION_TECH};
        List<DemoStaff> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Region r = REGIONS.get(i % REGIONS.size());
            StaffPost post = i < posts.length ? posts[i] : StaffPost.SERVICE_STAFF;
            List<String> points = new ArrayList<>(List.of(r.code() + "-PW"));
            if (!r.townships().isEmpty() && post == StaffPost.SERVICE_STAFF) {
                points.add(r.code() + "-T1");
            }
            out.add(new DemoStaff(new StaffRegistration(null, person(), post, i % 5 != 4, mobile(), null, null), points,
                    List.of(new TrainingRecord("企业服务综合平台建设与服务规范宣贯培训", "温州市经济和信息化局",
                            LocalDate.of(2026, 3, 10), BigDecimal.valueOf(8), null),
                            new TrainingRecord("惠企政策业务培训", "温州市企业服务中心", LocalDate.of(2026, 6, 18),
                                    BigDecimal.valueOf(12), "WZPX-2026-" + (100 + i)))));
        }
        return out;
    }
}
