package org.esip.line.technical.api;

/** Who posted a project. */
public enum PosterKind {
    /** 服务机构 */
    ORGANISATION,
    /** 高校院所 */
    UNIVERSITY,
    /** 企业 */
    ENTERPRISE
}
