package org.esip.line.technical.api;

/** What a project of the library is (clause 5.2.4.2). */
public enum ProjectKind {
    /** 新产品 */
    NEW_PRODUCT,
    /** 新技术 */
    NEW_TECHNOLOGY
}
