package org.esip.line.technical.api;

/** How far a project has come. */
public enum Maturity {
    /** 概念 */
    CONCEPT,
    /** 实验室 */
    LABORATORY,
    /** 中试 */
    PILOT,
    /** 小批量 */
    SMALL_BATCH,
    /** 产业化 */
    INDUSTRIALISED
}
