package io.storyline.analysis.evaluation.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the CoNLL-2003 column format. {@code -DOCSTART-} lines separate documents wherever they stand;
 * in the eng.testa copy here the first one stands at the end of the first document.
 */
public final class ConllReader {

    private static final String DOCSTART = "-DOCSTART-";

    public ConllCorpus read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public ConllCorpus read(Reader source) throws IOException {
        BufferedReader in = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<ConllToken> tokens = new ArrayList<>();
        String docstartLine = null;
        boolean sawContent = false;
        ConllCorpus.Docstart docstart = ConllCorpus.Docstart.NONE;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String trimmed = line.strip();
            if (trimmed.startsWith(DOCSTART)) {
                docstartLine = trimmed;
                if (docstart == ConllCorpus.Docstart.NONE) {
                    docstart = sawContent ? ConllCorpus.Docstart.AFTER : ConllCorpus.Docstart.BEFORE;
                }
                closeSentence(tokens, sentences);
                closeDocument(sentences, documents);
            } else if (trimmed.isEmpty()) {
                closeSentence(tokens, sentences);
            } else {
                sawContent = true;
                tokens.add(new ConllToken(Arrays.asList(trimmed.split("\\s+"))));
            }
        }
        closeSentence(tokens, sentences);
        closeDocument(sentences, documents);
        return new ConllCorpus(documents, docstart, docstartLine);
    }

    private static void closeSentence(List<ConllToken> tokens, List<ConllSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens));
            tokens.clear();
        }
    }

    private static void closeDocument(List<ConllSentence> sentences, List<ConllDocument> documents) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(sentences));
            sentences.clear();
        }
    }
}
