package io.storyline.analysis.evaluation.formats;

import java.util.List;
import java.util.Objects;

/**
 * A CoNLL file: its documents, and where its {@code -DOCSTART-} lines stand so a copy can put them back.
 *
 * @param documents in file order
 * @param docstart where the separators stand
 * @param docstartLine the separator line as written ({@code -DOCSTART- -X- O O})
 */
public record ConllCorpus(List<ConllDocument> documents, Docstart docstart, String docstartLine) {

    /** Where {@code -DOCSTART-} lines stand relative to the documents they separate. */
    public enum Docstart {
        /** Before every document: the usual layout. */
        BEFORE,
        /** After every document: the layout of the eng.testa copy here. */
        AFTER,
        /** Not at all: the file is one document. */
        NONE
    }

    public ConllCorpus {
        documents = List.copyOf(documents);
        Objects.requireNonNull(docstart, "docstart");
    }

    /** The first {@code limit} documents, for quick runs. */
    public ConllCorpus first(int limit) {
        return documents.size() <= limit ? this
                : new ConllCorpus(documents.subList(0, limit), docstart, docstartLine);
    }
}
