package org.esip.line.specialty.api;

/** The kinds of form field a definition may declare (written in lower case in the file). */
public enum FieldType {
    /** Text, at most {@code maxLength} characters (2000 when not given). */
    TEXT,
    /** A decimal number, optionally within {@code min}..{@code max}. */
    NUMBER,
    /** A date, {@code yyyy-MM-dd}. */
    DATE,
    /** One of the field's {@code options}. */
    CHOICE,
    /** Yes or no ({@code true}/{@code false}). */
    BOOLEAN
}
