package org.esip.registry.api;

/** Enterprise size by the national SME classification rules (工信部联企业〔2011〕300号). */
public enum EnterpriseSize {
    /** 大型 */
    LARGE,
    /** 中型 */
    MEDIUM,
    /** 小型 */
    SMALL,
    /** 微型 */
    MICRO
}
