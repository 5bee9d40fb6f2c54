package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private static String page(String name) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theArticleTextIsKeptAndTheBoilerplateLeftOut() throws IOException {
        HtmlArticleReader.Page page = HtmlArticleReader.read(page("news-article.html"), null);

        assertTrue(page.text().startsWith("Netanyahu, Blinken discuss need to avoid further escalation in Gaza\n\n"),
                page.text());
        assertTrue(page.text().contains("discussed upon meeting in occupied al-Quds on Wednesday"), page.text());
        assertTrue(page.text().contains("on April 4."), page.text());
        assertTrue(page.text().contains("clear position on Rafah"), "the quote is kept");
        for (String boilerplate : new String[] {"cookies", "Politics", "Share on", "Advertisement", "Related",
            "Hostage talks", "Great article", "All rights reserved", "dataLayer", "display: flex"}) {
            assertFalse(page.text().contains(boilerplate), "no \"" + boilerplate + "\" in: " + page.text());
        }
    }

    @Test
    void metadataComesFromTheMostSpecificSource() throws IOException {
        HtmlArticleReader.Page page = HtmlArticleReader.read(page("news-article.html"), null);

        assertEquals("Netanyahu, Blinken discuss need to avoid further escalation in Gaza", page.title());
        assertEquals("Al Mayadeen English", page.byline());
        assertEquals("Al Mayadeen English", page.publisher(), "og:site_name first");
        assertEquals("https://english.almayadeen.net/news/politics/netanyahu--blinken-discuss", page.url());
        assertEquals("en-GB", page.declaredLanguage());
    }

    @Test
    void everyDateSourceOfThePageIsACandidate() throws IOException {
        Map<DateSource, DateCandidate> dates = HtmlArticleReader.read(page("news-article.html"), null).dates().stream()
                .collect(Collectors.toMap(DateCandidate::source, d -> d));

        OffsetDateTime published = OffsetDateTime.parse("2024-05-01T19:42:00+03:00");
        assertEquals(published, dates.get(DateSource.JSON_LD).time().orElseThrow(), "despite a broken JSON-LD block");
        assertEquals(published, dates.get(DateSource.OPEN_GRAPH).time().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), dates.get(DateSource.META).day());
        assertEquals(published, dates.get(DateSource.TIME_ELEMENT).time().orElseThrow());
    }

    @Test
    void aPageWithoutArticleMarkupFallsBackToItsDensestText() {
        String html = "<html><body><div id='menu'><a href='/'>Home</a> <a href='/x'>World</a></div>"
                + "<div class='content'><div class='story'>"
                + "<p>Rescue teams searched through the rubble of the collapsed building for a second day on Thursday.</p>"
                + "<p>Officials said at least twelve people were still missing, and that the search would continue overnight.</p>"
                + "</div></div><div class='footer'>Copyright Example News</div></body></html>";

        HtmlArticleReader.Page page = HtmlArticleReader.read(html, null);

        assertTrue(page.text().startsWith("Rescue teams searched"), page.text());
        assertTrue(page.text().contains("search would continue overnight"));
        assertFalse(page.text().contains("Copyright"));
        assertFalse(page.text().contains("World"));
        assertTrue(page.dates().isEmpty());
    }

    @Test
    void hostileMarkupBecomesInertText() {
        String html = "<html><head><title>x</title></head><body><article><p>Before <script>alert('x')</script>"
                + "<img src=x onerror=alert(1)> after &lt;b&gt;bold&lt;/b&gt; and a long enough paragraph of text to count as"
                + " the article body of this hostile test page.</p></article></body></html>";

        HtmlArticleReader.Page page = HtmlArticleReader.read(html, null);

        assertFalse(page.text().contains("alert('x')"));
        assertTrue(page.text().contains("<b>bold</b>"), "escaped markup in the source is text: " + page.text());
    }
}
