package org.esip.line.consulting.api;

/** The consulting services of clause 5.2.5, each with its Chinese and English name. */
public enum ConsultingService {
    STARTUP("创业指导", "Start-up guidance"),
    MANAGEMENT("管理咨询", "Management consulting"),
    LEGAL("法律咨询", "Legal advice"),
    MARKET("市场开拓", "Market development"),
    FINANCING("融资促进", "Financing promotion"),
    GOVERNMENT_AGENCY("政务代理", "Government affairs agency"),
    BUSINESS_AGENCY("商务代理", "Business agency");

    private final String zh;
    private final String en;

    ConsultingService(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
