package io.storyline.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void documentTextIsEscapedAndOnlyMatchesBecomeMarks() {
        String html = Snippets.toHtml(List.of("a <script>\u0002alert\u0003('x')</script> & \"q\""));
        assertEquals("a &lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt; &amp; &#34;q&#34;", html);
    }

    @Test
    void passagesAreJoinedAndLineBreaksBecomeSpaces() {
        assertEquals("one\u0020two … <mark>three</mark>",
                Snippets.toHtml(List.of("one\ntwo", "\u0002three\u0003")));
    }

    @Test
    void strayMarksFromHostileTextCannotUnbalanceTheMarkup() {
        String html = Snippets.toHtml(List.of("\u0003\u0003x\u0002y"));
        assertEquals("x<mark>y</mark>", html);
    }

    @Test
    void otherControlCharactersAreDroppedAndLongPassagesCut() {
        assertEquals("ab", Snippets.toHtml(List.of("a\u0000\u0007b")));
        String html = Snippets.toHtml(List.of("x".repeat(5000)));
        assertTrue(html.length() <= 600, "at most about 600 characters: " + html.length());
        assertFalse(Snippets.toHtml(List.of()).contains("…"));
    }

    @Test
    void theMarkedWordsAreWhatTheSearchMatched() {
        assertEquals(java.util.Set.of("protests", "protested"), Snippets.markedWords(List.of(
                "the \u0002Protests\u0003 grew", "they \u0002protested\u0003 and \u0002protests\u0003 again",
                "a stray \u0002 mark")));
        assertTrue(Snippets.markedWords(List.of("no marks")).isEmpty());
    }
}
