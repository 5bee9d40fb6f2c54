package io.storyline.web.documents.rest;

import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.tag.TagName;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Locale;

/**
 * The filter parameters of the documents API: {@code status}, {@code q} (filename or title), {@code reason}
 * (failure reason), {@code parent} (inside this archive), {@code dateReview} ({@code true}: publication date
 * flagged for review), {@code mediaType}, {@code language}, {@code tag}, {@code publisher}, {@code uploadedBy}
 * (exact values), {@code from} and {@code to} (publication days, ISO, both included), and {@code sort}
 * ({@code uploaded_newest}, {@code uploaded_oldest}, {@code published_newest}, {@code published_oldest},
 * {@code title}).
 */
public class DocumentQuery {

    @QueryParam("status")
    String status;

    @QueryParam("q")
    String q;

    @QueryParam("reason")
    String reason;

    @QueryParam("parent")
    String parent;

    @QueryParam("dateReview")
    Boolean dateReview;

    @QueryParam("mediaType")
    String mediaType;

    @QueryParam("language")
    String language;

    @QueryParam("tag")
    String tag;

    @QueryParam("publisher")
    String publisher;

    @QueryParam("uploadedBy")
    String uploadedBy;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("sort")
    String sort;

    DocumentFilter filter() {
        try {
            return DocumentFilter.any()
                    .withStatus(parse(DocumentStatus.class, status, "status"))
                    .withText(q)
                    .withFailureReason(parse(FailureReason.class, reason, "reason"))
                    .withParent(RequestValues.number("parent", parent))
                    .withDateReview(dateReview)
                    .withMediaType(mediaType)
                    .withLanguage(language)
                    .withTag(tag == null || tag.isBlank() ? null : TagName.canonical(tag))
                    .withPublisher(publisher)
                    .withUploadedBy(uploadedBy)
                    .withPublished(RequestValues.day("from", from), RequestValues.day("to", to));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT)
                    + e.getMessage().substring(1) + ".");
        }
    }

    DocumentSort sort() {
        DocumentSort parsed = parse(DocumentSort.class, sort, "sort");
        return parsed == null ? DocumentSort.UPLOADED_NEWEST : parsed;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown " + name + " \"" + value + "\"; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
