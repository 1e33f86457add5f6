package org.esip.registry.api;

/** Qualifications and honours an enterprise holds, as policies name them. */
public enum QualificationType {
    /** 高新技术企业 */
    HIGH_TECH,
    /** 科技型中小企业 */
    TECH_SME,
    /** 创新型中小企业 */
    INNOVATIVE_SME,
    /** 市级专精特新中小企业 */
    SRDI_CITY,
    /** 省级专精特新中小企业 */
    SRDI_PROVINCIAL,
    /** 国家级专精特新“小巨人”企业 */
    SRDI_LITTLE_GIANT,
    /** 企业技术中心 */
    ENTERPRISE_TECH_CENTRE,
    /** 其他 */
    OTHER
}
