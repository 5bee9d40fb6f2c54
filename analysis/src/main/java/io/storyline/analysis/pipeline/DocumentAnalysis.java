package io.storyline.analysis.pipeline;

import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.times.FoundTime;
import java.util.List;

/** What analysis found in one text. */
public record DocumentAnalysis(AnnotatedText text, EntityAnalysis entities, List<FoundTime> times,
                               List<FoundEvent> events) {

    public DocumentAnalysis {
        times = List.copyOf(times);
        events = List.copyOf(events);
    }
}
