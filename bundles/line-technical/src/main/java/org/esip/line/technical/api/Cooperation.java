package org.esip.line.technical.api;

/** How the poster wants to cooperate. */
public enum Cooperation {
    /** 技术转让 */
    TRANSFER,
    /** 许可使用 */
    LICENSING,
    /** 合作开发 */
    JOINT_DEVELOPMENT,
    /** 作价入股 */
    EQUITY,
    /** 其他 */
    OTHER
}
