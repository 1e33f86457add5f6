package org.esip.line.consulting.api;

/** A posting offers something (供给) or asks for it (需求); a supply matches demands and vice versa. */
public enum PostingKind {
    SUPPLY, DEMAND;

    /** The kind a posting of this kind is matched against. */
    public PostingKind opposite() {
        return this == SUPPLY ? DEMAND : SUPPLY;
    }
}
