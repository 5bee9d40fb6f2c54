package io.storyline.domain.common;

/**
 * A page of a listing, counted from zero.
 *
 * @param page the page number, from 0
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
