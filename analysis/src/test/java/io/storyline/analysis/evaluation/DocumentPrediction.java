package io.storyline.analysis.evaluation;

import java.util.List;

/**
 * Everything a document-level system found in one document; a list the system does not fill may be empty.
 *
 * @param entities entity mentions, typed PER, ORG, LOC, PRO, FIN or MIX where the system can
 * @param events event mentions, every event the system finds
 * @param times time expressions
 * @param participants which entity mentions take part in which event mentions
 * @param newsEvents the event mentions of the kinds the system's news taxonomy types; the same as {@code events}
 *     for a system without a wider event layer
 */
public record DocumentPrediction(List<CharSpan> entities, List<CharSpan> events, List<TimexPrediction> times,
        List<Participation> participants, List<CharSpan> newsEvents) {

    /** A system whose events are all news events. */
    public DocumentPrediction(List<CharSpan> entities, List<CharSpan> events, List<TimexPrediction> times,
            List<Participation> participants) {
        this(entities, events, times, participants, events);
    }
}
