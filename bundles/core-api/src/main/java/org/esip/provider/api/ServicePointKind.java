package org.esip.provider.api;

/** Where enterprises are served in person (clauses 4.2.5, 5.1.3 c). */
public enum ServicePointKind {
    /** 平台服务窗口 */
    PLATFORM_WINDOW,
    /** 乡镇（街道）企业服务中心 */
    TOWNSHIP_CENTRE
}
