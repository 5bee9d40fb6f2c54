package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire formats newsrooms archive, read from files as agencies deliver them (test resources {@code /wire}),
 * typed by real Tika detection as intake types them: every mapped field (README, "Wire formats").
 */
class WireFormatsTest {

    private static final LocalDate ARRIVED = LocalDate.of(2026, 12, 1);
    private static TikaExtractor extractor;
    private final Tika detector = new Tika();

    @TempDir
    Path dir;

    @BeforeAll
    static void extractor() {
        extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), false, "eng"));
    }

    private Extraction extract(String resource, String expectedType) throws Exception {
        Path file = dir.resolve(resource);
        try (InputStream in = WireFormatsTest.class.getResourceAsStream("/wire/" + resource)) {
            Files.copy(in, file);
        }
        return extract(file, expectedType);
    }

    private Extraction extract(Path file, String expectedType) throws Exception {
        String type = detector.detect(file);
        assertEquals(expectedType, type, "how intake types " + file.getFileName());
        return extractor.extract(file, file.getFileName().toString(), type, ARRIVED);
    }

    @Test
    void aNewsMlG2ItemWithAnNitfBodyGivesTheAgencysHeadlineBylineDateAndSubjects() throws Exception {
        Extraction item = extract("harbour-newsml-nitf.xml", "application/xml");

        assertEquals("Rotterdam council approves the new harbour plan", item.metadata().title());
        assertEquals("By Ann Reporter", item.metadata().byline());
        assertEquals("Example Press Agency", item.metadata().publisher(), "the provider, not the copyright holder");
        assertEquals("en", item.metadata().language());
        DateCandidate published = item.metadata().dateCandidates().get(0);
        assertEquals(DateSource.WIRE_METADATA, published.source());
        assertEquals(OffsetDateTime.parse("2026-05-05T09:30:00+02:00"), published.time().orElseThrow(),
                "firstCreated: when the story first went out, not the later version");
        assertEquals(List.of("ports and harbours", "politics", "Rotterdam", "climate adaptation", "Maritime transport"),
                item.subjects(), "subject names in the item's language, keywords, then the NITF body's subjects");
        assertTrue(item.text().startsWith("ROTTERDAM, May 5 \u2014 The city council of Rotterdam voted on Tuesday"),
                item.text());
        assertTrue(item.text().contains("Mayor Ahmed Aboutaleb said work would start in the spring of 2027."));
        assertTrue(item.text().contains("The old harbour at high tide."), "a caption is text");
        for (String metadata : List.of("<", "harbour.jpg", "urn:newsml", "Example Press Ltd", "medtop", "NETHERLANDS")) {
            assertFalse(item.text().contains(metadata), metadata + " is not in the story's text");
        }
        DateCandidate dateline = item.metadata().dateCandidates().get(1);
        assertEquals(DateSource.DATELINE, dateline.source());
        assertEquals(LocalDate.of(2026, 5, 5), dateline.day());
        assertTrue(item.notes().containsAll(List.of("read as NewsML-G2",
                "publication date from NewsML-G2 itemMeta/firstCreated")), item.notes().toString());
    }

    @Test
    void aNewsMlG2MessageIsReadByItsTextItemWithAnXhtmlBody() throws Exception {
        Extraction item = extract("storm-newsml-xhtml.xml", "application/vnd.iptc.g2.newsmessage+xml");

        assertEquals("Storm Aiden leaves 40,000 homes without power", item.metadata().title());
        assertEquals("Siobhan Kelly, Tom Byrne", item.metadata().byline(), "the creators, without a by line");
        assertEquals("Northwind Wire Agency", item.metadata().publisher(), "the copyright holder, the provider"
                + " having a code only");
        DateCandidate published = item.metadata().dateCandidates().get(0);
        assertEquals(DateSource.WIRE_METADATA, published.source());
        assertEquals(OffsetDateTime.parse("2026-11-01T23:40:00Z"), published.time().orElseThrow(), "contentCreated");
        assertEquals(List.of("Weather: storms & floods"), item.subjects());
        assertEquals("Storm Aiden leaves 40,000 homes without power\n\nGALWAY, Ireland, Nov. 1 \u2014 Storm Aiden"
                + " brought gusts of 130 km/h to the west coast on Sunday night, and the electricity board said 40,000"
                + " homes were without power.\n\nCrews expect to restore most lines by Tuesday.", item.text());
        assertEquals(LocalDate.of(2026, 11, 1), item.metadata().dateCandidates().get(1).day(), "the dateline's day");
        assertEquals("en", item.metadata().language());
        assertTrue(item.notes().contains("a NewsML-G2 message of 2 news items: item 2"
                + " (urn:newsml:wire.example.org:20261102:storm) was read"), item.notes().toString());
        assertTrue(item.notes().contains("publication date from NewsML-G2 contentMeta/contentCreated"));
    }

    @Test
    void anNitfArticleGivesItsPublishedHeadlinePublicationAndIssueDate() throws Exception {
        Extraction article = extract("budget-nitf.xml", "application/xml");

        assertEquals("Le gouvernement f\u00e9d\u00e9ral trouve un accord sur le budget 2027", article.metadata().title(),
                "hl1, the headline as published, before head/title");
        assertEquals("Par Marie Dupont correspondante politique", article.metadata().byline());
        assertEquals("Le Quotidien d'Exemple", article.metadata().publisher(), "pubdata@name");
        assertEquals("fr", article.metadata().language());
        DateCandidate issued = article.metadata().dateCandidates().get(0);
        assertEquals(DateSource.WIRE_METADATA, issued.source());
        assertEquals(OffsetDateTime.parse("2026-10-14T18:30:00+02:00"), issued.time().orElseThrow());
        assertEquals("20261014T183000+0200", issued.raw().orElseThrow(), "the norm as the file writes it");
        assertEquals(List.of("Finances publiques", "Economie", "budget", "fiscalit\u00e9"), article.subjects());
        assertTrue(article.text().startsWith("BRUXELLES, 14 octobre \u2014 Apr\u00e8s une nuit de n\u00e9gociations,"
                + " les partis de la majorit\u00e9 ont conclu mardi un accord"), article.text());
        assertTrue(article.text().endsWith("la protection du pouvoir d'achat des m\u00e9nages."), article.text());
        assertFalse(article.text().contains("Agence Exemple"), "the tagline after the body is left out");
        assertTrue(article.notes().contains("publication date from NITF docdata/date.issue@norm"));
    }

    @Test
    void aTimeMlFileTakesItsTitleAndTheDocumentCreationTime() throws Exception {
        Extraction story = extract("ferry-timeml.tml", "application/xml");

        assertEquals("Ferry service to the islands resumes after the strike", story.metadata().title());
        DateCandidate created = story.metadata().dateCandidates().get(0);
        assertEquals(DateSource.XML_ELEMENT, created.source());
        assertEquals(LocalDate.of(1999, 3, 12), created.day());
        assertTrue(created.time().isEmpty(), "a TIMEX3 day is a day");
        assertEquals("The ferry company resumed its service to the northern islands today after a strike that lasted"
                + " nine days.\nThe unions agreed to a new contract Thursday night.", story.text());
        assertNull(story.metadata().publisher());
        assertNull(story.metadata().byline());
        assertTrue(story.notes().contains("publication date from TimeML's document creation time (DCT/TIMEX3 t0)"));
    }

    @Test
    void aTimeMlFileWithoutATitleGetsNoSentenceForOne() throws Exception {
        Path file = Files.writeString(dir.resolve("ABC19980108.1830.0711.tml"), "<?xml version=\"1.0\" ?>\n<TimeML>\n"
                + "<DOCID>ABC19980108.1830.0711</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\""
                + " functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\nIt is turning out to be"
                + " another very bad financial <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1W\">week</TIMEX3> for"
                + " Asia, with markets falling again everywhere.\nThe Indonesian currency has lost a quarter of its value."
                + "\n</TEXT>\n</TimeML>\n", StandardCharsets.UTF_8);

        Extraction story = extract(file, "application/xml");

        assertNull(story.metadata().title(), "a first line that is a long sentence is no headline");
        assertEquals(LocalDate.of(1998, 1, 8), story.metadata().dateCandidates().get(0).day());
        assertTrue(story.text().startsWith("It is turning out to be another very bad financial week for Asia"));
    }

    @Test
    void aPlainXmlArticleTakesTitleAuthorAndDateFromItsElements() throws Exception {
        Extraction article = extract("mill-article.xml", "application/xml");

        assertEquals("Old paper mill to become a public library", article.metadata().title());
        assertEquals("Lena Fischer", article.metadata().byline());
        DateCandidate published = article.metadata().dateCandidates().get(0);
        assertEquals(DateSource.XML_ELEMENT, published.source());
        assertEquals(LocalDate.of(2026, 4, 12), published.day());
        assertEquals("The town council has bought the old paper mill on the river and will turn it into a public"
                + " library.\n\nBuilding work is planned to begin next year.", article.text());
        assertTrue(article.notes().containsAll(List.of("read as XML", "publication date from the element <pubDate>")));
    }

    @Test
    void xmlThatIsNoNewsIsReadAsBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.xml"), "<?xml version=\"1.0\"?>\n<settings>\n"
                + "<entry key=\"archive\">The archive keeps every original.</entry>\n</settings>\n");

        Extraction settings = extract(file, "application/xml");

        assertEquals("The archive keeps every original.", settings.text().strip());
        assertTrue(settings.notes().stream().noneMatch(n -> n.contains("XML")), settings.notes().toString());
        assertTrue(settings.subjects().isEmpty());
    }

    @Test
    void aMalformedNewsItemIsReadAsPlainXmlTextWithTheReason() throws Exception {
        Extraction broken = extract("broken-newsml.xml", "application/xml");

        assertTrue(broken.notes().get(0).startsWith("read as plain XML text, not as news XML: it is not well-formed"
                + " XML (line 10, column"), broken.notes().toString());
        assertEquals("Bridge closed after inspection finds cracks", broken.metadata().title());
        assertTrue(broken.text().contains("The Elbe bridge in Dresden was closed to traffic on Monday"), broken.text());
        assertFalse(broken.text().contains("<"), "no markup in the text");
        assertFalse(broken.text().contains("contentMeta"));
        assertTrue(broken.metadata().dateCandidates().stream().noneMatch(d -> d.source() == DateSource.WIRE_METADATA),
                "nothing is taken from metadata that could not be read");
    }
}
