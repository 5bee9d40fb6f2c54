package io.storyline.analysis.evaluation;

import java.util.List;

/**
 * Everything a document-level system found in one document; a list the system does not fill may be empty.
 *
 * @param entities entity mentions, typed PER, ORG, LOC, PRO, FIN or MIX where the system can
 * @param events event mentions
 * @param times time expressions
 * @param participants which entity mentions take part in which event mentions
 */
public record DocumentPrediction(List<CharSpan> entities, List<CharSpan> events, List<TimexPrediction> times,
        List<Participation> participants) {}
