package io.storyline.analysis.results;

import java.io.Serializable;

/**
 * A mention as a reader sees it: the words around it, cut at its sentence where the sentence is near, in three
 * parts so that a page can mark the mention without building HTML from the document's text.
 *
 * @param documentTitle the document's title, else its file name
 * @param begin         where the mention starts in the document's text
 * @param end           where it ends
 * @param before        the text just before the mention, starting with "…" when the sentence goes on further back
 * @param text          the mention's words
 * @param after         the text just after it, ending with "…" when the sentence goes on
 */
public record MentionInContext(long documentId, String documentTitle, int begin, int end, String before, String text,
                               String after) implements Serializable {
}
