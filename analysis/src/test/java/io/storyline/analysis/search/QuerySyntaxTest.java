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
}
