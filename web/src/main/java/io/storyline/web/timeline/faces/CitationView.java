package io.storyline.web.timeline.faces;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A citation opened for reading: the sentence split around the trigger, and the passage around it.
 *
 * @param before    the sentence up to the trigger
 * @param trigger   the trigger's words
 * @param after     the rest of the sentence
 * @param passageBefore the text before the sentence, or null when the text cannot be read
 * @param passageAfter  the text after the sentence, or null when the text cannot be read
 */
public record CitationView(long documentId, String documentTitle, LocalDate documentDate, String before,
        String trigger, String after, String passageBefore, String passageAfter, String eventKey)
        implements Serializable {}
