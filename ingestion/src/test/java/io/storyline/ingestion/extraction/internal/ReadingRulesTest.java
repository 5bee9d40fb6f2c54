package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.testfiles.TestFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is read how: the files of the outside run of Tika's test documents that Storyline refused, made here again
 * (a Usenet message, robots.txt, an ISA-Tab table, an Arabic page declaring the wrong charset, a PDF whose only
 * text is an annotation), typed by real Tika detection as intake types them.
 */
class ReadingRulesTest {

    private static final LocalDate ARRIVED = LocalDate.of(2024, 5, 2);
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** "The municipal council voted on Tuesday on the new port plan after a long debate in the city." */
    private static final String ARABIC = "\u0635\u0648\u062A \u0627\u0644\u0645\u062C\u0644\u0633 \u0627\u0644\u0628"
            + "\u0644\u062F\u064A \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621 \u0639\u0644\u0649"
            + " \u062E\u0637\u0629 \u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0627\u0644\u062C\u062F\u064A\u062F\u0629"
            + " \u0628\u0639\u062F \u0646\u0642\u0627\u0634 \u0637\u0648\u064A\u0644 \u0641\u064A \u0627\u0644\u0645"
            + "\u062F\u064A\u0646\u0629.";
    /** "The minister said that the talks with the delegation will resume next week in the capital." */
    private static final String ARABIC_2 = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646"
            + " \u0627\u0644\u0645\u062D\u0627\u062F\u062B\u0627\u062A \u0645\u0639 \u0627\u0644\u0648\u0641\u062F"
            + " \u0633\u062A\u0633\u062A\u0623\u0646\u0641 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0627\u0644\u0645"
            + "\u0642\u0628\u0644 \u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629.";
    private static TikaExtractor extractor;
    private final Tika detector = new Tika();

    @TempDir
    Path dir;

    @BeforeAll
    static void extractor() {
        extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), false, "eng"));
    }

    private Extraction extract(Path file, String expectedType) throws Exception {
        String type = detector.detect(file);
        assertEquals(expectedType, type, "how intake types " + file.getFileName());
        return extractor.extract(file, file.getFileName().toString(), type, ARRIVED);
    }

    @Test
    void aUsenetMessageIsReadAsTheEmailItIs() throws Exception {
        Path file = TestFiles.write(dir.resolve("harbour.txt"), ("Path: news.example.org!not-for-mail\n"
                + "From: Ann Reporter <ann@example.org>\nNewsgroups: alt.journalism.local\n"
                + "Subject: Council votes on the harbour plan\nDate: Tue, 3 Mar 2009 10:00:00 GMT\n"
                + "Message-ID: <harbour-1@example.org>\nLines: 2\n\n"
                + "The city council voted on Tuesday to approve the harbour plan after a long debate.\n"
                + "Work on the new quay starts in the spring.\n").getBytes(StandardCharsets.US_ASCII));

        Extraction mail = extract(file, "message/news");

        assertTrue(mail.text().contains("voted on Tuesday to approve the harbour plan"), mail.text());
        assertEquals("Council votes on the harbour plan", mail.metadata().title());
        assertTrue(mail.metadata().byline().contains("Ann Reporter"), mail.metadata().byline());
        assertEquals(LocalDate.of(2009, 3, 3), mail.metadata().dateCandidates().stream()
                .map(DateCandidate::day).findFirst().orElseThrow());
        assertTrue(mail.notes().get(0).contains("message/news"), mail.notes().toString());
    }

    @Test
    void robotsTxtAndAnIsaTabTableAreText() throws Exception {
        Path robots = TestFiles.write(dir.resolve("robots.txt"), ("# Keep crawlers out of the drafts\nUser-agent: *\n"
                + "Disallow: /drafts/\nSitemap: https://news.example.org/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
        Extraction rules = extract(robots, "text/x-robots");
        assertTrue(rules.text().contains("Disallow: /drafts/"), rules.text());
        assertTrue(rules.notes().toString().contains("text/x-robots"), rules.notes().toString());

        Path investigation = TestFiles.write(dir.resolve("i_investigation.txt"), ("ONTOLOGY SOURCE REFERENCE\n"
                + "Term Source Name\t\"OBI\"\t\"NCBITaxon\"\nINVESTIGATION\nInvestigation Identifier\t\"BII-I-1\"\n"
                + "Investigation Title\t\"Growth control of the eukaryote cell: a systems biology study in yeast\"\n")
                .getBytes(StandardCharsets.UTF_8));
        Extraction table = extract(investigation, "application/x-isatab-investigation");
        assertTrue(table.text().contains("Growth control of the eukaryote cell"), table.text());
        assertTrue(table.notes().get(0).contains("application/x-isatab-investigation"), table.notes().toString());

        Path study = TestFiles.write(dir.resolve("s_study.txt"), ("Source Name\tCharacteristics[organism]\tSample Name\n"
                + "culture1\tSaccharomyces cerevisiae\tC-0.07-aliquot1\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(extract(study, "text/plain").text().contains("Saccharomyces cerevisiae"));
    }

    @Test
    void binaryDataIsStillRefusedWhateverItsNameSays() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        Path file = TestFiles.write(dir.resolve("i_investigation.txt"), garbage);
        String type = detector.detect(file);

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> extractor.extract(file, "i_investigation.txt", type, ARRIVED));

        assertEquals(FailureReason.UNSUPPORTED_TYPE, e.reason());
        assertTrue(e.getMessage().contains("\"i_investigation.txt\"") && e.getMessage().contains("binary data"),
                e.getMessage());
    }

    @Test
    void anArabicPageDeclaringUtf8InWindows1256IsReadByTheDetectors() throws Exception {
        Path file = TestFiles.write(dir.resolve("council.html"), page("utf-8", ARABIC).getBytes(WINDOWS_1256));

        Extraction page = extract(file, "text/html");

        assertTrue(page.text().contains(ARABIC), page.text());
        assertEquals("ar", page.metadata().language());
        assertFalse(page.metadata().encodingUncertain());
        String how = page.notes().get(0);
        assertTrue(how.startsWith("read as windows-1256") && how.contains("UTF-8 (the page declares it) gives")
                && how.contains("ICU4J"), how);
    }

    @Test
    void anArabicPageInUtf8DeclaringLatin1IsReadAsUtf8() throws Exception {
        Path file = TestFiles.write(dir.resolve("council.html"), page("iso-8859-1", ARABIC)
                .getBytes(StandardCharsets.UTF_8));

        Extraction page = extract(file, "text/html");

        assertTrue(page.text().contains(ARABIC), page.text());
        assertTrue(page.notes().get(0).startsWith("read as UTF-8: the page declares windows-1252, but"),
                page.notes().toString());
    }

    @Test
    void aPageMixingUtf8AndWindows1256IsReadAndFlaggedForReview() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String html = page("utf-8", ARABIC + "</p><p>" + "\u0000");
        bytes.write(html.substring(0, html.indexOf('\u0000')).getBytes(StandardCharsets.UTF_8));
        bytes.write(ARABIC_2.getBytes(WINDOWS_1256));
        bytes.write(html.substring(html.indexOf('\u0000') + 1).getBytes(StandardCharsets.UTF_8));
        Path file = TestFiles.write(dir.resolve("mixed.html"), bytes.toByteArray());

        Extraction page = extract(file, "text/html");

        assertTrue(page.text().contains(ARABIC) && page.text().contains(ARABIC_2), page.text());
        assertTrue(page.metadata().encodingUncertain(), "flagged for a person's look");
        assertTrue(page.notes().get(0).contains("mix UTF-8 with another encoding"), page.notes().toString());
    }

    @Test
    void aPdfWhoseOnlyTextIsAnAnnotationIsRead() throws Exception {
        Path file = dir.resolve("comment.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage blank = new PDPage(PDRectangle.A4);
            document.addPage(blank);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(60, 700, 20, 20));
            note.setContents("Source confirms the minister resigned on Monday; second source pending.");
            blank.getAnnotations().add(note);
            document.save(file.toFile());
        }

        Extraction pdf = extract(file, "application/pdf");

        assertTrue(pdf.text().contains("the minister resigned on Monday"), pdf.text());
        assertTrue(pdf.notes().get(0).contains("annotations"), pdf.notes().toString());
    }

    private static String page(String charset, String body) {
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">"
                + "<title>\u0627\u0644\u0645\u062C\u0644\u0633 \u0627\u0644\u0628\u0644\u062F\u064A</title></head>"
                + "<body><article><p>" + body + "</p></article></body></html>";
    }
}
