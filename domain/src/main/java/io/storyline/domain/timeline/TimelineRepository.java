package io.storyline.domain.timeline;

import java.util.List;

/** Reads the events a timeline is built from. Callers bring the transaction. */
public interface TimelineRepository {

    /**
     * The events the filter selects, rejected ones left out, in document and text order, at most {@code limit}.
     */
    List<TimelineRow> events(TimelineFilter filter, int limit);
}
