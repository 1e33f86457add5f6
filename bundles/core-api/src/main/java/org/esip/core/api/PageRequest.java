package org.esip.core.api;

/**
 * Which page of a list to return. The services validate it (page from 0, size from 1 to
 * {@link #MAX_SIZE}) and report a bad value as a {@link ValidationException} naming the field.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }
}
