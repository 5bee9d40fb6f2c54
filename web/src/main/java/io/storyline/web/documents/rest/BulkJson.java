package io.storyline.web.documents.rest;

import io.storyline.web.documents.BulkActions;
import java.util.List;

/** The body of {@code POST /api/documents/bulk}: {@code {"ids": [..], "action": "tag|retry|reanalyze", "tags": [..]}}. */
public record BulkJson(List<Long> ids, String action, List<String> tags) {

    public static final String SHAPE = "Send \\{\"ids\": [1, 2], \"action\": \"tag\", \"tags\": [\"gaza\"]\\}.";

    /**
     * The answer: the action, how many documents it was done to, and each document's outcome ({@code DONE},
     * {@code UNCHANGED}, {@code NOT_FOUND}, {@code REFUSED}) with a sentence.
     */
    public record ResultJson(String action, long done, List<OutcomeJson> results) {

        static ResultJson of(BulkActions.Action action, List<BulkActions.Outcome> outcomes) {
            return new ResultJson(action.name().toLowerCase(java.util.Locale.ROOT),
                    outcomes.stream().filter(BulkActions.Outcome::done).count(),
                    outcomes.stream().map(o -> new OutcomeJson(o.id(), o.outcome(), o.detail())).toList());
        }
    }

    /** What became of one document. */
    public record OutcomeJson(long id, String outcome, String detail) {
    }
}
