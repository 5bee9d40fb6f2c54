package io.storyline.web.documents.rest;

import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.web.rest.InvalidRequestException;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Locale;

/**
 * The filter parameters of the documents API: {@code status}, {@code q} (filename or title), {@code reason}
 * (failure reason), {@code parent} (inside this archive) and {@code dateReview} ({@code true}: publication date
 * flagged for review).
 */
public class DocumentQuery {

    @QueryParam("status")
    String status;

    @QueryParam("q")
    String q;

    @QueryParam("reason")
    String reason;

    @QueryParam("parent")
    Long parent;

    @QueryParam("dateReview")
    Boolean dateReview;

    DocumentFilter filter() {
        return DocumentFilter.any()
                .withStatus(parse(DocumentStatus.class, status, "status"))
                .withText(q)
                .withFailureReason(parse(FailureReason.class, reason, "reason"))
                .withParent(parent)
                .withDateReview(dateReview);
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
