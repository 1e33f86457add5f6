package org.esip.core.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items      the records on this page
 * @param page       the zero-based page number
 * @param size       the page size asked for
 * @param total      how many records the whole list has; when {@code totalExact} is false, at least this many
 *                   (a long list is counted up to {@link #COUNT_CAP} unless its exact total is asked for)
 * @param totalExact true when {@code total} is the exact number of records
 * @param next       an opaque cursor for the page after this one ({@link PageRequest#after()}), or null when there
 *                   is none or the list cannot be paged by cursor
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact, String next) {
    /** How far a list is counted when its exact total is not asked for. */
    public static final int COUNT_CAP = 10_000;

    public Page {
        items = List.copyOf(items);
    }

    /** A page with its exact total and no cursor. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true, null);
    }
}
