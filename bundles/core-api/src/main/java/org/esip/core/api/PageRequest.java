package org.esip.core.api;

/**
 * Which page of a list to return. The services validate it (page from 0, size from 1 to
 * {@link #MAX_SIZE}) and report a bad value as a {@link ValidationException} naming the field.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** How far into a list a page may start (page × size); beyond it is a 400 on {@code page}, never an overflow. */
    public static final long MAX_OFFSET = 10_000_000L;

    /** @return where this page starts, computed without overflow */
    public long offset() {
        return (long) page * size;
    }

    /** @return true when the page starts beyond {@link #MAX_OFFSET} (page and size in range otherwise) */
    public boolean beyondReach() {
        return offset() > MAX_OFFSET;
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }
}
