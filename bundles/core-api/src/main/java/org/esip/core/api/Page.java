package org.esip.core.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the records on this page
 * @param page  the zero-based page number
 * @param size  the page size asked for
 * @param total how many records the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
