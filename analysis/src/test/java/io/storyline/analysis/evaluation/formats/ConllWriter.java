package io.storyline.analysis.evaluation.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the gold's columns plus one predicted tag per token, the layout conlleval reads: the gold tag is
 * the second-to-last column, ours the last. Document and sentence breaks are the gold's.
 */
public final class ConllWriter {

    /**
     * @param predicted per document, per sentence, one IOB1 tag per token (see {@link Iob1#encode})
     */
    public void write(Path target, ConllCorpus gold, List<List<List<String>>> predicted) throws IOException {
        try (BufferedWriter out = PredictionFiles.open(target)) {
            write(out, gold, predicted);
        }
    }

    public void write(Writer out, ConllCorpus gold, List<List<List<String>>> predicted) throws IOException {
        if (predicted.size() != gold.documents().size()) {
            throw new IllegalArgumentException(
                    "tags for " + predicted.size() + " documents, gold has " + gold.documents().size());
        }
        for (int d = 0; d < predicted.size(); d++) {
            if (gold.docstart() == ConllCorpus.Docstart.BEFORE) {
                docstart(out, gold);
            }
            List<ConllSentence> sentences = gold.documents().get(d).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                sentence(out, sentences.get(s), predicted.get(d).get(s));
            }
            if (gold.docstart() == ConllCorpus.Docstart.AFTER) {
                docstart(out, gold);
            }
        }
    }

    private static void docstart(Writer out, ConllCorpus gold) throws IOException {
        out.write(gold.docstartLine() + " O\n\n");
    }

    private static void sentence(Writer out, ConllSentence sentence, List<String> tags) throws IOException {
        if (tags.size() != sentence.tokens().size()) {
            throw new IllegalArgumentException(tags.size() + " tags for a sentence of " + sentence.tokens().size());
        }
        for (int t = 0; t < tags.size(); t++) {
            out.write(String.join(" ", sentence.tokens().get(t).columns()) + " " + tags.get(t) + "\n");
        }
        out.write("\n");
    }
}
