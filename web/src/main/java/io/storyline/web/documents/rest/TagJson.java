package io.storyline.web.documents.rest;

import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagCount;
import java.time.Instant;

/** A tag on a document: its canonical name, who put it there ({@code MANUAL} a person, {@code AUTO} a rule), when. */
public record TagJson(String name, String origin, String taggedBy, Instant taggedAt) {

    static TagJson of(DocumentTag tag) {
        return new TagJson(tag.name(), tag.origin().name(), tag.taggedBy(), tag.taggedAt());
    }

    /** A tag in use and on how many documents. */
    public record UseJson(String name, long documents) {

        public static UseJson of(TagCount count) {
            return new UseJson(count.name(), count.documents());
        }
    }
}
