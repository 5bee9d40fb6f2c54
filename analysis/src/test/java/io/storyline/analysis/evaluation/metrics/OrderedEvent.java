package io.storyline.analysis.evaluation.metrics;

import java.util.Objects;

/**
 * An event as a timeline places it.
 *
 * @param id the event mention's id, equal on both sides for the same mention ({@code docid-sentence-token} in
 *     SemEval timelines)
 * @param position equal positions are simultaneous, a lower position is before a higher one
 * @param date the date the timeline gives, unknown parts written {@code XX} ({@code 2008-03-XX}); null or all
 *     {@code X} when there is none
 */
public record OrderedEvent(String id, int position, String date) {

    public OrderedEvent {
        Objects.requireNonNull(id, "id");
    }
}
