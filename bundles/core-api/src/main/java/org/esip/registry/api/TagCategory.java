package org.esip.registry.api;

/** Categories of the controlled tag vocabulary. */
public enum TagCategory {
    /** 产业链 */
    INDUSTRY_CHAIN,
    /** 资质荣誉 */
    QUALIFICATION,
    /** 规模 */
    SCALE,
    /** 创新 */
    INNOVATION,
    /** 区域 */
    REGION,
    /** 需求 */
    DEMAND,
    /** 其他 */
    OTHER
}
