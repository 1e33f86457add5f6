package org.esip.registry.api;

/** Where an enterprise's {@link Enterprise#size() size} comes from. */
public enum SizeSource {
    /** 规则测算: computed from industry, employees, revenue and assets by 工信部联企业〔2011〕300号 */
    COMPUTED,
    /** 人工认定: set by staff ({@link EnterpriseRegistration#sizeOverride()}) */
    OVERRIDDEN,
    /** 无法测算: the data do not decide it (a value the sector needs is missing) */
    UNKNOWN;

    /** The source for a size that is overridden or not. */
    public static SizeSource of(EnterpriseSize size, boolean overridden) {
        return overridden ? OVERRIDDEN : size == null ? UNKNOWN : COMPUTED;
    }
}
