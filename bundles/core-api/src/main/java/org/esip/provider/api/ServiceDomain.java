package org.esip.provider.api;

/**
 * What a service organisation or an expert serves: the eleven technical domains of clause 5.2.4.1
 * and the consulting kinds of clause 5.2.5.
 */
public enum ServiceDomain {
    INDUSTRIAL_DESIGN(true, "工业设计", "Industrial design"),
    EXPERIMENT(true, "实验试验", "Experiments and trials"),
    INSPECTION_TESTING(true, "检验检测", "Inspection and testing"),
    CERTIFICATION(true, "认证认可", "Certification and accreditation"),
    STANDARDS_METROLOGY(true, "标准计量", "Standards and metrology"),
    QUALITY_EVALUATION(true, "质量控制和技术评价", "Quality control and technical evaluation"),
    TECHNOLOGY_TRANSFER(true, "科技成果转化", "Technology transfer"),
    DIGITAL_APPLICATION(true, "数字化应用", "Digital applications"),
    INTELLECTUAL_PROPERTY(true, "知识产权", "Intellectual property"),
    EQUIPMENT_SHARING(true, "仪器设备共享", "Equipment sharing"),
    ENERGY_ENVIRONMENT(true, "节能环保", "Energy saving and environment"),
    STARTUP_GUIDANCE(false, "创业指导", "Start-up guidance"),
    MANAGEMENT_CONSULTING(false, "管理咨询", "Management consulting"),
    LEGAL_CONSULTING(false, "法律咨询", "Legal consulting"),
    MARKET_DEVELOPMENT(false, "市场开拓", "Market development"),
    FINANCING(false, "融资促进", "Financing"),
    GOVERNMENT_AGENCY(false, "政务代理", "Government affairs agency"),
    BUSINESS_AGENCY(false, "商务代理", "Business agency"),
    INVESTMENT_MATCHING(false, "投融资对接", "Investment matchmaking"),
    RECRUITMENT_MATCHING(false, "人才招聘对接", "Recruitment matchmaking"),
    SUPPLY_DEMAND_MATCHING(false, "供需对接", "Supply and demand matchmaking");

    private final boolean technical;
    private final String nameZh;
    private final String nameEn;

    ServiceDomain(boolean technical, String nameZh, String nameEn) {
        this.technical = technical;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** One of the eleven technical domains (clause 5.2.4.1), the only ones experts are pooled for. */
    public boolean technical() {
        return technical;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
