package org.esip.disclosure.api;

/** A fixed part of the public site, or one item of its news and notices. */
public enum DisclosureKind {
    /** 平台介绍、服务规则、收费标准、联系方式、投诉监督渠道…: one text per key */
    SECTION,
    /** 新闻、通知公告: dated items, newest first */
    NOTICE
}
