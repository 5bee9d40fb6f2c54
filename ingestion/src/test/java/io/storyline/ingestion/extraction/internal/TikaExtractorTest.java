package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.LanguageSource;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.ingestion.testfiles.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.tika.Tika;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Tika on real files, made here the way publishers' tools make them, read the way the server reads them: by
 * parsers in child JVMs ({@link ReadingRulesTest} reads in this JVM).
 */
class TikaExtractorTest {

    private static final LocalDate ARRIVED = LocalDate.of(2024, 5, 2);
    private static final String STORY = "US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin"
            + " Netanyahu discussed upon meeting in occupied al-Quds on Wednesday efforts to avoid further escalation"
            + " in Gaza, the Department of State said.";
    private static TikaExtractor extractor;
    private static TikaExtractor withoutOcr;
    private final Tika detector = new Tika();

    @TempDir
    Path dir;

    @BeforeAll
    static void extractors(@TempDir Path work) {
        extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), true, "eng"),
                ParserProcesses.forked(1, 256, work));
        withoutOcr = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), false, "eng"),
                ParserProcesses.forked(1, 256, work));
    }

    @AfterAll
    static void stopParsers() {
        extractor.close();
        withoutOcr.close();
    }

    private Extraction extract(TikaExtractor with, Path file) throws Exception {
        return with.extract(file, file.getFileName().toString(), detector.detect(file), ARRIVED);
    }

    private FailureReason failure(TikaExtractor with, Path file) {
        return assertThrows(ExtractionFailedException.class, () -> extract(with, file)).reason();
    }

    @Test
    void textInEveryCommonEncodingIsDecoded() throws Exception {
        String english = "The minister said the \u20ac2 billion \u201caid package\u201d was approved \u2014 finally.";
        String french = "Le ministre a d\u00e9clar\u00e9 que l'accord \u00e9tait \u00ab enfin \u00bb sign\u00e9 \u00e0 Gen\u00e8ve"
                + " apr\u00e8s des n\u00e9gociations tr\u00e8s longues et difficiles entre les d\u00e9l\u00e9gations.";
        String polish = "Minister spraw zagranicznych powiedzia\u0142 w \u015brod\u0119, \u017ce rozmowy w Warszawie"
                + " by\u0142y trudne, ale \u017cadna ze stron nie odesz\u0142a od sto\u0142u. Zaj\u0119\u0142y one ca\u0142y"
                + " dzie\u0144 i zako\u0144czy\u0142y si\u0119 p\u00f3\u017anym wieczorem.";
        check(english, StandardCharsets.UTF_8, new byte[0]);
        check(english, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        check(english, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});
        check(english, StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});
        check(english, Charset.forName("windows-1252"), new byte[0]);
        check(french, StandardCharsets.ISO_8859_1, new byte[0]);
        check(polish, Charset.forName("ISO-8859-2"), new byte[0]);
    }

    private void check(String text, Charset charset, byte[] bom) throws Exception {
        byte[] body = (text + "\n" + text + "\n").getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = TestFiles.write(dir.resolve(charset.name() + bom.length + ".txt"), bytes);

        Extraction extraction = extract(extractor, file);

        assertEquals(text + "\n" + text, extraction.text(), "decoded from " + charset + (bom.length > 0 ? " with BOM" : ""));
    }

    @Test
    void aPlainTextStoryGetsItsHeadlineDatelineAndLanguage() throws Exception {
        Path file = TestFiles.write(dir.resolve("story.txt"), ("Blinken meets Netanyahu in Jerusalem\n\n"
                + "JERUSALEM, May 1 (Reuters) - " + STORY + "\n").getBytes(StandardCharsets.UTF_8));

        Extraction extraction = extract(extractor, file);

        assertEquals("Blinken meets Netanyahu in Jerusalem", extraction.metadata().title());
        assertEquals("en", extraction.metadata().language());
        assertEquals(LanguageSource.DETECTED, extraction.metadata().languageSource());
        DateCandidate dateline = extraction.metadata().dateCandidates().get(0);
        assertEquals(DateSource.DATELINE, dateline.source());
        assertEquals(LocalDate.of(2024, 5, 1), dateline.day());
        assertEquals(extraction.text().length(), extraction.metadata().textLength());
    }

    @Test
    void aPdfGivesItsPagesTitleAuthorAndCreationDate() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("report.pdf"), List.of(STORY, "Second page: the families of captives"
                        + " protested in Tel Aviv.", "Third page: the call of April 4."), "Rafah briefing", "State Department",
                TestFiles.utc(2024, 5, 1), null, null);

        Extraction extraction = extract(extractor, file);

        assertEquals(3, extraction.metadata().pageCount());
        assertEquals("Rafah briefing", extraction.metadata().title());
        assertEquals("State Department", extraction.metadata().byline());
        assertTrue(extraction.text().contains("occupied al-Quds"), extraction.text());
        assertTrue(extraction.text().contains("protested in Tel Aviv"));
        assertTrue(extraction.text().contains("the call of April 4"));
        DateCandidate info = extraction.metadata().dateCandidates().stream()
                .filter(d -> d.source() == DateSource.PDF_INFO).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 1), info.day());
    }

    @Test
    void aPasswordProtectedPdfIsEncryptedButOneLockedOnlyAgainstEditingIsRead() throws Exception {
        Path locked = TestFiles.pdf(dir.resolve("locked.pdf"), List.of(STORY), "t", "a", TestFiles.utc(2024, 5, 1),
                "reader-secret", "owner-secret");
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extract(extractor, locked));
        assertEquals(FailureReason.ENCRYPTED, e.reason(), e.getMessage() + " / " + e.getCause());
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());

        Path ownerOnly = TestFiles.pdf(dir.resolve("no-editing.pdf"), List.of(STORY), "t", "a", TestFiles.utc(2024, 5, 1),
                null, "owner-secret");
        assertTrue(extract(extractor, ownerOnly).text().contains("occupied al-Quds"));
    }

    @Test
    void aTruncatedPdfIsCorruptWithAReason() throws Exception {
        Path whole = TestFiles.pdf(dir.resolve("whole.pdf"), List.of(STORY, STORY, STORY), "t", "a",
                TestFiles.utc(2024, 5, 1), null, null);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = TestFiles.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 3));

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> extractor.extract(cut, "cut.pdf", "application/pdf", ARRIVED));

        assertTrue(e.reason() == FailureReason.CORRUPT || e.reason() == FailureReason.NO_TEXT, e.reason() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("cut.pdf"), e.getMessage());
    }

    @Test
    void aScanNeedsOcrWhereThereIsNoneAndIsReadWhereThereIs() throws Exception {
        Path scan = TestFiles.scannedPdf(dir.resolve("scan.pdf"), "CEASEFIRE TALKS IN CAIRO");

        assertEquals(FailureReason.NEEDS_OCR, failure(withoutOcr, scan));

        assertTrue(extractor.ocrAvailable(), "Tesseract must be installed for the OCR tests (apt-get install"
                + " tesseract-ocr tesseract-ocr-eng, as .ci/run does)");
        String text = extract(extractor, scan).text().toUpperCase(java.util.Locale.ROOT);
        assertTrue(text.contains("CEASEFIRE") && text.contains("CAIRO"), text);
    }

    @Test
    void anImageIsReadWithOcrOrNeedsIt() throws Exception {
        Path picture = TestFiles.png(dir.resolve("placard.png"), "PROTEST IN TEL AVIV");

        assertEquals(FailureReason.NEEDS_OCR, failure(withoutOcr, picture));
        String text = extract(extractor, picture).text().toUpperCase(java.util.Locale.ROOT);
        assertTrue(text.contains("PROTEST") && text.contains("AVIV"), text);
    }

    @Test
    void emptyAndBinaryFilesFailWithWordsAPersonUnderstands() throws Exception {
        Path empty = TestFiles.write(dir.resolve("empty.txt"), new byte[0]);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> extract(extractor, empty));
        assertEquals(FailureReason.NO_TEXT, e.reason());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());

        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path binary = TestFiles.write(dir.resolve("notes.txt"), garbage);
        ExtractionFailedException b = assertThrows(ExtractionFailedException.class, () -> extract(extractor, binary));
        assertEquals(FailureReason.UNSUPPORTED_TYPE, b.reason(), b.getMessage());
        assertTrue(b.getMessage().contains("binary"), b.getMessage());
    }

    @Test
    void htmlWithoutACharsetDeclarationIsDecodedAndReadAsAnArticle() throws Exception {
        String html = "<html><head><title>Kr\u00f6ger \u00fcber die Waffenruhe</title></head><body><article>"
                + "<p>Die Au\u00dfenminister trafen sich am Mittwoch in Jerusalem, um \u00fcber eine Waffenruhe im Gazastreifen"
                + " zu sprechen. Die Gespr\u00e4che dauerten bis sp\u00e4t in die Nacht, hie\u00df es aus Kreisen der"
                + " Delegationen.</p></article></body></html>";
        Path file = TestFiles.write(dir.resolve("page.html"), html.getBytes(Charset.forName("windows-1252")));

        Extraction extraction = extract(extractor, file);

        assertTrue(extraction.text().contains("Au\u00dfenminister trafen sich am Mittwoch"), extraction.text());
        assertEquals("de", extraction.metadata().language());
    }

    @Test
    void rtfAndEmailAreReadToo() throws Exception {
        Path rtf = TestFiles.write(dir.resolve("memo.rtf"), ("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard "
                + STORY + "\\par}").getBytes(StandardCharsets.US_ASCII));
        assertTrue(extract(extractor, rtf).text().contains("occupied al-Quds"));

        Path eml = TestFiles.write(dir.resolve("tip.eml"), ("From: Desk <desk@example.org>\r\nTo: news@example.org\r\n"
                + "Subject: Rafah statement\r\nDate: Wed, 1 May 2024 18:00:00 +0300\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + STORY + "\r\n").getBytes(StandardCharsets.UTF_8));
        Extraction mail = extract(extractor, eml);
        assertTrue(mail.text().contains("occupied al-Quds"), mail.text());
        assertEquals("Rafah statement", mail.metadata().title());
    }

    @Test
    void textBeyondTheLimitIsCutAndSaysSo() throws Exception {
        TikaExtractor small = new TikaExtractor(new ExtractionLimits(500, Duration.ofSeconds(30), false, "eng"));
        Path file = TestFiles.write(dir.resolve("long.txt"), (STORY + "\n").repeat(50).getBytes(StandardCharsets.UTF_8));

        Extraction extraction = small.extract(file, "long.txt", "text/plain", ARRIVED);

        assertTrue(extraction.metadata().textTruncated());
        assertTrue(extraction.text().length() <= 500, "kept " + extraction.text().length());
    }

    @Test
    void aShortTextHasNoLanguageRatherThanAWrongOne() throws Exception {
        Path file = TestFiles.write(dir.resolve("short.txt"), "OK.".getBytes(StandardCharsets.UTF_8));

        assertNull(extract(extractor, file).metadata().language());
    }

    @Test
    void documentsThatAreNeitherTextNorKnownAreUnsupported() throws IOException {
        Path file = TestFiles.write(dir.resolve("clip.mp3"), new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, 1, 2, 3});

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> extractor.extract(file, "clip.mp3", "audio/mpeg", ARRIVED));

        assertEquals(FailureReason.UNSUPPORTED_TYPE, e.reason());
        assertTrue(e.getMessage().contains("audio/mpeg"), e.getMessage());
    }
}
