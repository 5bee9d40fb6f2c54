package io.storyline.domain.tag;

/** A tag name and how many documents carry it. */
public record TagCount(String name, long documents) {
}
