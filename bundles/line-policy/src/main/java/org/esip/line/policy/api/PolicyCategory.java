package org.esip.line.policy.api;

/** What a policy is about (clause 5.2.1.1). */
public enum PolicyCategory {
    FUNDING("资金扶持", "Funding"),
    TAX("税费优惠", "Tax and fees"),
    TALENT("人才引育", "Talent"),
    INNOVATION("科技创新", "Innovation"),
    DIGITAL_TRANSFORMATION("数字化转型", "Digital transformation"),
    FINANCING("融资服务", "Financing"),
    MARKET("市场开拓", "Market development"),
    EMPLOYMENT("稳岗就业", "Employment"),
    ENERGY_ENVIRONMENT("节能环保", "Energy and environment"),
    OTHER("其他", "Other");

    private final String nameZh;
    private final String nameEn;

    PolicyCategory(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
