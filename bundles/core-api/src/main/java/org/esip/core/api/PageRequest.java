package org.esip.core.api;

/**
 * Which page of a list to return. The services validate it (page from 0, size from 1 to
 * {@link #MAX_SIZE}) and report a bad value as a {@link ValidationException} naming the field.
 *
 * @param page       the zero-based page number (ignored for the offset when {@code after} is given)
 * @param size       how many records a page has
 * @param after      an opaque cursor from {@link Page#next()}: the page starts right after the record it names,
 *                   however many records were added before it meanwhile; null for offset paging. A list that
 *                   cannot be paged by cursor ignores it.
 * @param exactTotal true to count every record for {@link Page#total()}; otherwise a long list is counted up to
 *                   {@link Page#COUNT_CAP} and its total is "at least"
 */
public record PageRequest(int page, int size, String after, boolean exactTotal) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** How far into a list a page may start (page × size); beyond it is a 400 on {@code page}, never an overflow. */
    public static final long MAX_OFFSET = 10_000_000L;

    /** Offset paging with a capped total. */
    public PageRequest(int page, int size) {
        this(page, size, null, false);
    }

    /** @return where this page starts by offset, computed without overflow (a list read by cursor starts at it) */
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
