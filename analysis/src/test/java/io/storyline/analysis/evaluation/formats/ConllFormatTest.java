package io.storyline.analysis.evaluation.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllFormatTest {

    /** Made up in the eng.testa layout: the first -DOCSTART- stands after the first document. */
    private static final String GOLD = """
            Paris NNP I-NP I-LOC
            beat VBD I-VP O
            Lyon NNP I-NP I-ORG
            . . O O

            -DOCSTART- -X- O O

            Germany NNP I-NP I-LOC
            France NNP I-NP B-LOC
            and CC O O
            Peter NNP I-NP I-PER
            Blake NNP I-NP I-PER
            -DOCSTART- -X- O O
            """;

    @Test
    void documentsSentencesAndTokensWithTheDocstartAtTheEnd() throws IOException {
        ConllCorpus corpus = new ConllReader().read(new StringReader(GOLD));

        assertEquals(2, corpus.documents().size());
        assertEquals(ConllCorpus.Docstart.AFTER, corpus.docstart());
        assertEquals(List.of(List.of("Paris", "beat", "Lyon", ".")), corpus.documents().get(0).words());
        assertEquals(List.of("NNP", "I-NP", "I-LOC"), corpus.documents().get(1).sentences().get(0).tokens().get(0)
                .columns().subList(1, 4));
        assertEquals(9, corpus.documents().get(0).tokenCount() + corpus.documents().get(1).tokenCount());
    }

    @Test
    void iob1DecodesBOnlyWhereTwoEntitiesOfOneTypeTouch() throws IOException {
        ConllSentence sentence = new ConllReader().read(new StringReader(GOLD)).documents().get(1).sentences().get(0);

        assertEquals(List.of(new Iob1.Chunk(0, 1, "LOC"), new Iob1.Chunk(1, 2, "LOC"), new Iob1.Chunk(3, 5, "PER")),
                sentence.entities());
    }

    @Test
    void iob2StyleTagsDecodeToTheSameEntities() {
        assertEquals(List.of(new Iob1.Chunk(0, 2, "PER"), new Iob1.Chunk(2, 3, "PER"), new Iob1.Chunk(3, 4, "ORG")),
                Iob1.decode(List.of("B-PER", "I-PER", "B-PER", "I-ORG", "O")));
        assertEquals(List.of(new Iob1.Chunk(1, 2, "LOC"), new Iob1.Chunk(2, 3, "MISC")),
                Iob1.decode(List.of("O", "I-LOC", "I-MISC")), "a type change starts a new entity");
        assertEquals(List.of(), Iob1.decode(List.of()));
    }

    @Test
    void encodingWritesBOnlyBetweenTouchingEntitiesOfOneType() {
        List<Iob1.Chunk> chunks = List.of(new Iob1.Chunk(1, 2, "LOC"), new Iob1.Chunk(0, 1, "LOC"),
                new Iob1.Chunk(2, 3, "PER"), new Iob1.Chunk(2, 4, "ORG"), new Iob1.Chunk(4, 9, "MISC"));

        List<String> tags = Iob1.encode(5, chunks);

        assertEquals(List.of("I-LOC", "B-LOC", "I-PER", "O", "O"), tags, "overlapping and overlong chunks left out");
        assertEquals(List.of(new Iob1.Chunk(0, 1, "LOC"), new Iob1.Chunk(1, 2, "LOC"), new Iob1.Chunk(2, 3, "PER")),
                Iob1.decode(tags));
    }

    @Test
    void writesTheGoldColumnsPlusOurTagWithTheSameBreaks() throws IOException {
        ConllCorpus corpus = new ConllReader().read(new StringReader(GOLD));
        StringWriter out = new StringWriter();

        new ConllWriter().write(out, corpus, List.of(
                List.of(List.of("I-LOC", "O", "I-LOC", "O")),
                List.of(List.of("I-LOC", "I-LOC", "O", "I-PER", "I-PER"))));

        assertEquals("""
                Paris NNP I-NP I-LOC I-LOC
                beat VBD I-VP O O
                Lyon NNP I-NP I-ORG I-LOC
                . . O O O

                -DOCSTART- -X- O O O

                Germany NNP I-NP I-LOC I-LOC
                France NNP I-NP B-LOC I-LOC
                and CC O O O
                Peter NNP I-NP I-PER I-PER
                Blake NNP I-NP I-PER I-PER

                -DOCSTART- -X- O O O

                """, out.toString());
        ConllCorpus reread = new ConllReader().read(new StringReader(out.toString()));
        assertEquals(corpus.documents().get(1).words(), reread.documents().get(1).words());
        assertEquals(List.of(new Iob1.Chunk(0, 2, "LOC"), new Iob1.Chunk(3, 5, "PER")),
                reread.documents().get(1).sentences().get(0).entities(), "our tag is the last column");
    }

    @Test
    void theUsualLayoutWithDocstartFirstIsKept() throws IOException {
        ConllCorpus corpus = new ConllReader().read(new StringReader("-DOCSTART- -X- O O\n\nRome NNP I-NP I-LOC\n"));
        StringWriter out = new StringWriter();

        new ConllWriter().write(out, corpus, List.of(List.of(List.of("O"))));

        assertEquals(ConllCorpus.Docstart.BEFORE, corpus.docstart());
        assertEquals("-DOCSTART- -X- O O O\n\nRome NNP I-NP I-LOC O\n\n", out.toString());
    }

    /** Made up in Wikigold's layout: two columns, and {@code -DOCSTART- O} after every document. */
    private static final String TWO_COLUMNS = """
            The O
            Harbour I-ORG
            Trust I-ORG
            sailed O
            to O
            Oslo I-LOC
            . O

            Its O
            skipper O
            Ana I-PER
            Lind I-PER
            . O

            -DOCSTART- O

            Kestrel I-MISC
            Cup I-MISC
            -DOCSTART- O
            """;

    @Test
    void twoColumnFilesReadWithTheTagAsTheLastColumnAndTheirDocstartKept() throws IOException {
        ConllCorpus corpus = new ConllReader().read(new StringReader(TWO_COLUMNS));

        assertEquals(2, corpus.documents().size());
        assertEquals(ConllCorpus.Docstart.AFTER, corpus.docstart());
        assertEquals(List.of("Its", "skipper", "Ana", "Lind", "."), corpus.documents().get(0).words().get(1));
        assertEquals(List.of(new Iob1.Chunk(1, 3, "ORG"), new Iob1.Chunk(5, 6, "LOC")),
                corpus.documents().get(0).sentences().get(0).entities());
        assertEquals(List.of(new Iob1.Chunk(0, 2, "MISC")), corpus.documents().get(1).sentences().get(0).entities());

        StringWriter out = new StringWriter();
        new ConllWriter().write(out, corpus, List.of(
                List.of(List.of("O", "I-ORG", "I-ORG", "O", "O", "I-LOC", "O"),
                        List.of("O", "O", "I-PER", "I-PER", "O")),
                List.of(List.of("I-MISC", "O"))));
        assertEquals("Kestrel I-MISC I-MISC\nCup I-MISC O\n\n-DOCSTART- O O\n\n",
                out.toString().substring(out.toString().indexOf("Kestrel")), "gold tag, then ours");
    }
}
