package org.esip.line.api;

/** How a service item of a line's catalogue is handled (clauses 5.2.1.3, 5.2.1.4, 5.4.1.2). */
public enum HandlingMode {
    /** 线上办理: applied for and handled online. */
    ONLINE("线上办理", "Handled online"),
    /** 直接服务: served directly by platform staff, on the spot or by appointment. */
    DIRECT("直接服务", "Served directly by the platform"),
    /** 匹配服务: matched to a service organisation or an expert of the pool. */
    MATCHED("匹配服务机构或专家", "Matched to a service organisation or expert"),
    /** 转办: handed off to a department's own system, or handled jointly with it. */
    REFERRED("转交部门办理", "Referred to a department");

    private final String nameZh;
    private final String nameEn;

    HandlingMode(String nameZh, String nameEn) {
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
