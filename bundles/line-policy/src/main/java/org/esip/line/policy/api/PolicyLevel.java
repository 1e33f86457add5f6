package org.esip.line.policy.api;

/** Who issued a policy. */
public enum PolicyLevel {
    NATIONAL("国家级", "National"),
    PROVINCIAL("省级", "Provincial"),
    CITY("市级", "City"),
    COUNTY("县（市、区）级", "County");

    private final String nameZh;
    private final String nameEn;

    PolicyLevel(String nameZh, String nameEn) {
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
