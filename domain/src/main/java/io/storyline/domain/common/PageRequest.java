package io.storyline.domain.common;

/**
 * A page of a listing, counted from zero.
 *
 * @param page the page number, from 0, no deeper than {@value #MAX_OFFSET} items
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    /** The deepest first item a page may start at: far beyond any listing, and still an {@code int} offset. */
    public static final int MAX_OFFSET = 100_000_000;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new IllegalArgumentException("page " + page + " of " + size + " starts beyond the "
                    + MAX_OFFSET + "th item, deeper than any listing goes");
        }
    }

    public int offset() {
        return page * size;
    }
}
