package io.storyline.analysis.pipeline;

import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.timeml.EventMention;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.times.FoundTime;
import java.util.List;

/**
 * What analysis found in one text.
 *
 * @param events   the typed news events (the taxonomy's), with participants, place and date
 * @param mentions every event the text tells, TimeML-style, in text order; the news events' triggers are among them
 */
public record DocumentAnalysis(AnnotatedText text, EntityAnalysis entities, List<FoundTime> times,
                               List<FoundEvent> events, List<EventMention> mentions) {

    public DocumentAnalysis {
        times = List.copyOf(times);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }

    /** An analysis without the event layer. */
    public DocumentAnalysis(AnnotatedText text, EntityAnalysis entities, List<FoundTime> times,
                            List<FoundEvent> events) {
        this(text, entities, times, events, List.of());
    }
}
