package io.storyline.analysis.preview;

import io.storyline.analysis.knowledge.KnowledgeAdmin;
import java.io.Serializable;
import java.util.List;

/**
 * What a change to an event type would tag on a sample of analysed documents (the newest {@value #MAX_DOCUMENTS},
 * for at most {@value #MAX_SECONDS} s): the documents are read by the language pipeline loaded at start-up, and the
 * current taxonomy and the changed one are each run by the analysis's own event tagger over the same sentences.
 * One preview runs at a time.
 */
public interface EventTypePreview {

    int MAX_DOCUMENTS = 200;
    int MAX_SECONDS = 20;
    /** At most this many matches are listed each way; the totals count them all. */
    int MAX_LISTED = 100;

    /**
     * A trigger found in a sentence.
     *
     * @param triggerBegin where the trigger starts in {@code sentence}
     * @param triggerEnd   where it ends in {@code sentence}
     */
    record Match(long documentId, String document, String type, String sentence, int triggerBegin, int triggerEnd)
            implements Serializable {

        public String before() {
            return sentence.substring(0, triggerBegin);
        }

        public String trigger() {
            return sentence.substring(triggerBegin, triggerEnd);
        }

        public String after() {
            return sentence.substring(triggerEnd);
        }
    }

    /**
     * @param added            what the changed rule would tag that the current one does not
     * @param removed          what the current rule tags that the changed one would not
     * @param complete         whether every document of the sample was looked at within the time
     */
    record Result(String code, List<Match> added, List<Match> removed, int addedTotal, int removedTotal,
                  int documentsLooked, int sentencesLooked, int documentsInSample, boolean complete)
            implements Serializable {

        public Result {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * Previews the event type {@code code} as {@code proposed} (a new type when no type has that code; disabled when
     * {@code proposed.enabled()} is false).
     *
     * @throws io.storyline.analysis.AnalysisProblem INVALID naming the trigger or pattern that cannot be read;
     *                                               CONFLICT while the models load or another preview runs
     */
    Result preview(String code, KnowledgeAdmin.EventTypeInput proposed);
}
