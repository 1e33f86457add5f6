package org.esip.line.consulting.api;

/** What a supply or demand is about (clause 5.2.5): 市场/客户, 融资, 人才招聘, 技术, 产能. */
public enum PostingType {
    MARKET, FINANCING, TALENT, TECHNOLOGY, CAPACITY
}
