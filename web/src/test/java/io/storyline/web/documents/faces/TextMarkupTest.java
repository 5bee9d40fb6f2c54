package io.storyline.web.documents.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.web.documents.faces.TextMarkup.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMarkupTest {

    private static Span person(int begin, int end, String name) {
        return new Span(begin, end, "ent ent-person", name + " (person)", "/storyline/entities/view.xhtml?id=7", null);
    }

    private static Span time(int begin, int end, String value) {
        return new Span(begin, end, "time", "DATE " + value, null, value);
    }

    @Test
    void plainTextIsEscapedAndOtherwiseUnchanged() {
        assertEquals("Tom &amp; Jerry\nsaid &#34;hi&#34; &amp; &#39;bye&#39;",
                TextMarkup.toHtml("Tom & Jerry\nsaid \"hi\" & 'bye'", List.of()));
        assertEquals("", TextMarkup.toHtml("", List.of(person(0, 3, "x"))));
        assertEquals("", TextMarkup.toHtml(null, List.of()));
    }

    @Test
    void aMentionIsALinkWithItsTypeClassAndTitle() {
        String html = TextMarkup.toHtml("Antony Blinken met Netanyahu.", List.of(person(0, 14, "Antony Blinken")));
        assertEquals("<a href=\"/storyline/entities/view.xhtml?id=7\" class=\"ent ent-person\" title=\"Antony Blinken"
                + " (person)\">Antony Blinken</a> met Netanyahu.", html);
    }

    @Test
    void scriptInTheTextStaysText() {
        String text = "Blinken said <script>alert('x')</script> was no answer & \"nothing\" more.";
        int begin = text.indexOf("<script>");
        String html = TextMarkup.toHtml(text, List.of(time(begin, begin + 8, "<b>")));
        assertEquals("Blinken said <span class=\"time\" title=\"DATE &lt;b&gt;\">&lt;script&gt;</span>"
                + "<small class=\"note time-note\">&lt;b&gt;</small>alert(&#39;x&#39;)&lt;/script&gt;"
                + " was no answer &amp; &#34;nothing&#34; more.", html);
        assertFalse(html.contains("<script") || html.contains("<b>"), html);
    }

    @Test
    void hostileNamesTitlesNotesAndClassesAreEscapedOrDropped() {
        Span evil = new Span(0, 3, "ent\" onmouseover=\"alert(1) ent-<b>", "\"><script>alert(1)</script>",
                "/x\"><script>", "'&<i>");
        String html = TextMarkup.toHtml("Bob", List.of(evil));
        assertEquals("<a href=\"/x&#34;&gt;&lt;script&gt;\" class=\"ent onmouseoveralert1 ent-b\""
                + " title=\"&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">Bob</a>"
                + "<small class=\"note ent-note\">&#39;&amp;&lt;i&gt;</small>", html);
    }

    @Test
    void linksLeavingTheSiteAreDropped() {
        for (String href : List.of("javascript:alert(1)", "//evil.example/", "https://evil.example/")) {
            String html = TextMarkup.toHtml("Bob", List.of(new Span(0, 3, "ent", null, href, null)));
            assertEquals("<span class=\"ent\">Bob</span>", html);
        }
    }

    @Test
    void overlappingSpansCutTheTextAndEachPieceCarriesEverySpanOverIt() {
        // "New York Times": LOCATION "New York" and ORGANIZATION "York Times" overlap on "York".
        String text = "New York Times";
        String html = TextMarkup.toHtml(text, List.of(new Span(0, 8, "ent ent-location", "New York", null, null),
                new Span(4, 14, "ent ent-organization", "York Times", null, null)));
        assertEquals("<span class=\"ent ent-location\" title=\"New York\">New </span>"
                + "<span class=\"ent ent-location ent-organization\" title=\"New York\nYork Times\">York</span>"
                + "<span class=\"ent ent-organization\" title=\"York Times\"> Times</span>", html);
    }

    @Test
    void aNestedSpanGetsTheOuterClassesAndTheNoteComesWhereItEnds() {
        String text = "met on Wednesday in Jerusalem";
        Span event = new Span(0, 29, "event event-meeting", "Meeting", null, "Meeting");
        Span day = time(7, 16, "2024-05-01");
        String html = TextMarkup.toHtml(text, List.of(event, day));
        assertEquals("<span class=\"event event-meeting\" title=\"Meeting\">met on </span>"
                + "<span class=\"event event-meeting time\" title=\"Meeting\nDATE 2024-05-01\">Wednesday</span>"
                + "<small class=\"note time-note\">2024-05-01</small>"
                + "<span class=\"event event-meeting\" title=\"Meeting\"> in Jerusalem</span>"
                + "<small class=\"note event-note\">Meeting</small>", html);
    }

    @Test
    void spansOutsideTheTextOrEmptyAreLeftOut() {
        String text = "Rafah";
        String html = TextMarkup.toHtml(text, List.of(new Span(-1, 3, "a", null, null, null),
                new Span(2, 6, "b", null, null, null), new Span(3, 3, "c", null, null, null),
                new Span(4, 2, "d", null, null, null), new Span(99, 120, "e", null, null, null),
                new Span(0, 5, "ent ent-location", null, null, null)));
        assertEquals("<span class=\"ent ent-location\">Rafah</span>", html);
    }

    @Test
    void identicalSpansMakeOnePieceWithBothTitles() {
        String html = TextMarkup.toHtml("Gaza", List.of(new Span(0, 4, "ent ent-location", "Gaza (location)", null, null),
                new Span(0, 4, "event", "Attack", null, null)));
        assertEquals("<span class=\"ent ent-location event\" title=\"Gaza (location)\nAttack\">Gaza</span>", html);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String text = "a\uD83D\uDE00b"; // a, an emoji (two UTF-16 units), b
        String html = TextMarkup.toHtml(text, List.of(new Span(2, 4, "x", null, null, null)));
        assertEquals("a<span class=\"x\">\uD83D\uDE00b</span>", html);
        html = TextMarkup.toHtml(text, List.of(new Span(0, 2, "x", null, null, null)));
        assertEquals("<span class=\"x\">a\uD83D\uDE00</span>b", html);
    }

    @Test
    void everyCharacterOfTheTextIsKeptInOrder() {
        String text = "Antony Blinken met Benjamin Netanyahu in Jerusalem on Wednesday.";
        String html = TextMarkup.toHtml(text, List.of(person(0, 14, "Antony Blinken"), person(19, 37, "Netanyahu"),
                new Span(15, 18, "event", "Meeting", null, "Meeting"), time(54, 63, "2024-05-01"),
                new Span(41, 50, "ent ent-location", "Jerusalem", null, null)));
        String stripped = html.replaceAll("<small[^>]*>[^<]*</small>", "").replaceAll("<[^>]+>", "");
        assertEquals(text, stripped);
    }

    @Test
    void aSearchHitIsMarkedAroundEncodedTextAlsoInsideAName() {
        String text = "<script>protests</script> by Antony Blinken";
        int p = text.indexOf("protests");
        int b = text.indexOf("Blinken");
        String html = TextMarkup.toHtml(text, List.of(
                new TextMarkup.Span(p, p + 8, TextMarkup.SEARCH_HIT, "Matches your search", null, null),
                person(text.indexOf("Antony"), text.length(), "Antony Blinken"),
                new TextMarkup.Span(b, b + 7, TextMarkup.SEARCH_HIT, "Matches your search", null, null)));
        assertTrue(html.startsWith("&lt;script&gt;<span class=\"search-hit\" title=\"Matches your search\">"
                + "<mark>protests</mark></span>&lt;/script&gt;"), html);
        assertTrue(html.contains("<mark>Blinken</mark></a>"), html);
        assertEquals(2, html.split("<mark>", -1).length - 1);
    }
}
