package io.storyline.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void capitalOperatorsBecomeTheIndexSyntax() {
        assertEquals("Blinken + ceasefire -Doha", QuerySyntax.toSimpleQuery("Blinken AND ceasefire NOT Doha"));
        assertEquals("(Blinken | Hamas) Gaza", QuerySyntax.toSimpleQuery("(Blinken OR Hamas) Gaza"));
        assertEquals("-\"West Bank\" settlers", QuerySyntax.toSimpleQuery("NOT \"West Bank\" settlers"));
    }

    @Test
    void phrasesPrefixesAndFuzzyWordsAreKeptAsTyped() {
        assertEquals("\"ceasefire proposal\" Netan* Netanyahou~1",
                QuerySyntax.toSimpleQuery("  \"ceasefire proposal\"   Netan*  Netanyahou~1 "));
    }

    @Test
    void operatorWordsInsidePhrasesOrInLowerCaseAreWords() {
        assertEquals("\"war AND peace\" and or not", QuerySyntax.toSimpleQuery("\"war AND peace\" and or not"));
    }

    @Test
    void anUnclosedQuoteEndsAtTheEndAndNothingIsEmpty() {
        assertEquals("\"open phrase\"", QuerySyntax.toSimpleQuery("\"open phrase"));
        assertEquals("", QuerySyntax.toSimpleQuery(null));
        assertEquals("", QuerySyntax.toSimpleQuery("   "));
    }

    @Test
    void fuzzyWordsAllowOnlyTheMistakesTheirLengthBears() {
        // one or two letters: no mistakes (Lucene's highlighter fails on "a~2": a negative boost)
        assertEquals("a ab", QuerySyntax.toSimpleQuery("a~2 ab~"));
        assertEquals("abc~1 Gaza~1 Blinken~2 Blinken~1", QuerySyntax.toSimpleQuery("abc~2 Gaza~ Blinken~9 Blinken~1"));
        assertEquals("Netanyahu~2", QuerySyntax.toSimpleQuery("Netanyahu~99999999999999999999"));
    }

    @Test
    void fuzzinessIsBoundedInsideOperatorsButPhraseSlopIsLeftAlone() {
        assertEquals("-(abc~1 | ab) \"a b\"~2", QuerySyntax.toSimpleQuery("NOT (abc~2 OR ab~2) \"a b\"~2"));
        assertEquals("+ab -Gaza~1", QuerySyntax.toSimpleQuery("+ab~2 -Gaza~2"));
    }

    @Test
    void quotedPhrasesOfAnAllRequiredQueryMustStandAsWritten() {
        assertEquals(java.util.List.of("protests", "West Bank"),
                QuerySyntax.requiredPhrases("\"protests\" march +\"West Bank\""));
        assertEquals(java.util.List.of("settlers"), QuerySyntax.requiredPhrases("NOT \"West Bank\" \"settlers\""));
        assertEquals(java.util.List.of(), QuerySyntax.requiredPhrases("\"protests\" OR riots"));
        assertEquals(java.util.List.of(), QuerySyntax.requiredPhrases("(\"protests\" | riots) Gaza"));
        assertEquals(java.util.List.of(), QuerySyntax.requiredPhrases("\"a b\"~2 protest"));
        assertEquals(java.util.List.of(), QuerySyntax.requiredPhrases(null));
    }

    @Test
    void onlyPlainWordsMayBeCorrected() {
        org.junit.jupiter.api.Assertions.assertTrue(QuerySyntax.isPlainWord("Netanyahou"));
        org.junit.jupiter.api.Assertions.assertTrue(QuerySyntax.isPlainWord("O'Brien"));
        org.junit.jupiter.api.Assertions.assertTrue(QuerySyntax.isPlainWord("Zürich"));
        for (String other : new String[] {"AND", "OR", "NOT", "Netan*", "Gaza~1", "\"a b\"", "-Doha", "(Hamas",
            "2024", "+ab"}) {
            org.junit.jupiter.api.Assertions.assertFalse(QuerySyntax.isPlainWord(other), other);
        }
    }
}
