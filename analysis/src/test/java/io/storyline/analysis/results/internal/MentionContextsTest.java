package io.storyline.analysis.results.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.analysis.results.internal.MentionContexts.Parts;
import org.junit.jupiter.api.Test;

class MentionContextsTest {

    private static final int RADIUS = 80;

    /** The whole text is the window, as for a short document. */
    private static Parts around(String text, String mention) {
        int begin = text.indexOf(mention);
        return MentionContexts.cut(text, 0, text.length(), begin, begin + mention.length(), RADIUS);
    }

    @Test
    void aShortSentenceIsShownWhole() {
        Parts parts = around("Talks stalled. Margrethe Vestager met officials of the World Health Organization in Geneva."
                + " Nothing was agreed.", "World Health Organization");
        assertEquals(new Parts("Margrethe Vestager met officials of the ", "World Health Organization", " in Geneva."),
                parts);
    }

    @Test
    void aLongSentenceIsCutAtWordsWithEllipses() {
        String text = "The commissioner, who had spent the better part of three weeks travelling between capitals to"
                + " rally support, said that Margrethe Vestager would not take part in the talks that were due to"
                + " start in Brussels on the following Monday, according to two officials";
        Parts parts = around(text, "Margrethe Vestager");
        assertEquals("Margrethe Vestager", parts.text());
        assertEquals("\u2026part of three weeks travelling between capitals to rally support, said that ",
                parts.before());
        assertEquals(" would not take part in the talks that were due to start in Brussels on the\u2026", parts.after());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        Parts parts = around("The U.S. envoy and John F. Kennedy Jr. met Mr. Vestager on Monday.", "Vestager");
        assertEquals("The U.S. envoy and John F. Kennedy Jr. met Mr. ", parts.before());
        assertEquals(" on Monday.", parts.after());
    }

    @Test
    void aLineBreakEndsTheHeadlineAndSpacesCollapse() {
        Parts headline = around("Vestager in Geneva\n\nGENEVA, May 1 - Officials   met.", "Vestager");
        assertEquals(new Parts("", "Vestager", " in Geneva"), headline);
        Parts body = around("Talks in Geneva\n\nGENEVA, May 1 - Officials\tmet   Vestager\ttoday.", "Vestager");
        assertEquals(new Parts("GENEVA, May 1 - Officials met ", "Vestager", " today."), body);
    }

    @Test
    void quotesClosingASentenceStayWithIt() {
        Parts parts = around("\"We will talk.\" Vestager left. \"Not now,\" she said.", "Vestager");
        assertEquals(new Parts("", "Vestager", " left."), parts);
        Parts quoted = around("He said: \"Vestager is right.\" Then he left.", "Vestager");
        assertEquals(new Parts("He said: \"", "Vestager", " is right.\""), quoted);
    }

    @Test
    void aWindowInsideTheTextCountsFromItsStart() {
        String text = "x".repeat(500) + " one two three Vestager four five six " + "y".repeat(500);
        int begin = text.indexOf("Vestager");
        int windowBegin = begin - 15;
        String window = text.substring(windowBegin, begin + 8 + 15);
        Parts parts = MentionContexts.cut(window, windowBegin, text.length(), begin, begin + 8, 15);
        assertEquals(new Parts("\u2026one two three ", "Vestager", " four five six\u2026"), parts);
    }

    @Test
    void offsetsPastAChangedTextDoNotFail() {
        Parts parts = MentionContexts.cut("Short text.", 0, 11, 40, 48, RADIUS);
        assertEquals(new Parts("Short text.", "", ""), parts);
    }

    @Test
    void hostileTextIsKeptAsWordsForThePageToEscape() {
        Parts parts = around("Vestager said <script>alert('x')</script> was no answer.", "Vestager");
        assertEquals(" said <script>alert('x')</script> was no answer.", parts.after());
    }
}
