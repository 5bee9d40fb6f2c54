package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.ingestion.testfiles.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tika's parsers in child JVMs: a child that dies under a file (killed here as the kernel would kill it), or a
 * file that runs past the time limit, costs that one file (CORRUPT, TIMEOUT, with words a person can act on) and
 * the next file is read by a fresh child. Real PDFs, made here: a page of four million glyphs (every glyph of a
 * page is held in memory while its text is put in reading order) and a book of a thousand pages. PDFBox itself
 * gives up the glyph page rather than the child dying: it fails as CORRUPT in a 1 GB child; in a child of 512 MB
 * or less it came back without text (NEEDS_OCR), which is why this test does not use a smaller one.
 */
class ForkedParsingTest {

    private static final LocalDate ARRIVED = LocalDate.of(2024, 5, 2);
    private static final String STORY = "US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin"
            + " Netanyahu discussed upon meeting in occupied al-Quds on Wednesday efforts to avoid further escalation"
            + " in Gaza, the Department of State said.";

    @TempDir
    Path dir;

    @Test
    void aPageTooBigToReadIsCorruptAndTheNextFileIsRead() throws Exception {
        Path bomb = glyphBomb(dir.resolve("dense.pdf"));
        byte[] original = Files.readAllBytes(bomb);
        Path story = story();
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), false,
                "eng"), ParserProcesses.forked(1, 1024, dir.resolve("work")))) {
            ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                    () -> extractor.extract(bomb, "dense.pdf", "application/pdf", ARRIVED));

            assertEquals(FailureReason.CORRUPT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("\"dense.pdf\" could not be read as a PDF"), e.getMessage());
            assertTrue(Arrays.equals(original, Files.readAllBytes(bomb)), "the original is left as it was");

            Extraction next = extractor.extract(story, "story.pdf", "application/pdf", ARRIVED);
            assertTrue(next.text().contains("occupied al-Quds"), next.text());
            assertEquals("Talks", next.metadata().title());
        }
    }

    @Test
    void aParserProcessThatDiesIsCorruptAndTheNextFileIsRead() throws Exception {
        Path book = book(dir.resolve("book.pdf"), 1000);
        Path story = story();
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(60), false,
                "eng"), ParserProcesses.forked(1, 256, dir.resolve("work")))) {
            ExecutorService reader = Executors.newSingleThreadExecutor();
            Future<Extraction> reading = reader.submit(() -> extractor.extract(book, "book.pdf", "application/pdf",
                    ARRIVED));
            ProcessHandle child = reader(Duration.ofSeconds(60));
            Thread.sleep(1_000); // the child is reading the book (a thousand pages take it far longer than this)
            assertFalse(reading.isDone(), "the book was read before the child could be stopped");
            child.destroyForcibly(); // as the kernel's OOM killer would

            ExecutionException failed = assertThrows(ExecutionException.class, () -> reading.get(30, TimeUnit.SECONDS));
            reader.shutdown();
            ExtractionFailedException e = (ExtractionFailedException) failed.getCause();
            assertEquals(FailureReason.CORRUPT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("\"book.pdf\" stopped the process that was reading it as a PDF"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("256 MB"), e.getMessage());

            Extraction next = extractor.extract(story, "story.pdf", "application/pdf", ARRIVED);
            assertTrue(next.text().contains("occupied al-Quds"), next.text());
        }
    }

    /** The child process reading for this test, once it has started (a loaded machine may take seconds). */
    private static ProcessHandle reader(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<ProcessHandle> child = ProcessHandle.current().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no parser process started within " + patience);
    }

    private Path story() throws IOException {
        return TestFiles.pdf(dir.resolve("story.pdf"), List.of(STORY), "Talks", "Desk", TestFiles.utc(2024, 5, 1), null,
                null);
    }

    @Test
    void aFileThatTakesLongerThanTheLimitTimesOutAndTheNextFileIsRead() throws Exception {
        Path book = book(dir.resolve("book.pdf"), 1000);
        Path story = story();
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(1_000_000, Duration.ofSeconds(1), false,
                "eng"), ParserProcesses.forked(1, 256, dir.resolve("work")))) {
            long start = System.nanoTime();
            ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                    () -> extractor.extract(book, "book.pdf", "application/pdf", ARRIVED));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(FailureReason.TIMEOUT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("took longer than 1 s"), e.getMessage());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stopped at the limit, not at the end: " + took);

            Extraction next = extractor.extract(story, "story.pdf", "application/pdf", ARRIVED);
            assertTrue(next.text().contains("occupied al-Quds"), next.text());
        }
    }

    @Test
    void theChildReadsWhatThisJvmReadsAndCutsAtTheLimit() throws Exception {
        Path book = book(dir.resolve("short-book.pdf"), 3);
        try (TikaExtractor forked = new TikaExtractor(new ExtractionLimits(2_000, Duration.ofSeconds(60), false, "eng"),
                ParserProcesses.forked(1, 256, dir.resolve("work")));
             TikaExtractor here = new TikaExtractor(new ExtractionLimits(2_000, Duration.ofSeconds(60), false, "eng"))) {
            Extraction child = forked.extract(book, "short-book.pdf", "application/pdf", ARRIVED);
            Extraction local = here.extract(book, "short-book.pdf", "application/pdf", ARRIVED);

            assertEquals(local.text(), child.text());
            assertTrue(child.text().length() > 1_900 && child.text().length() <= 2_000, "kept " + child.text().length());
            assertTrue(child.metadata().textTruncated());
            assertEquals(3, child.metadata().pageCount());
            assertEquals(local.metadata().title(), child.metadata().title());
        }
    }

    /** One page holding four million glyphs, drawn over each other: small on disk, huge once read. */
    private static Path glyphBomb(Path file) throws IOException {
        String line = "The delegations met again on Wednesday in Cairo, officials said. ".repeat(2);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                content.newLineAtOffset(20, 800);
                for (int i = 0; i < 4_000_000 / line.length(); i++) {
                    content.showText(line);
                    content.newLineAtOffset(0, i % 80 == 79 ? 790 : -10);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A book of ordinary pages of text. */
    private static Path book(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 780);
                    for (int l = 0; l < 55; l++) {
                        content.showText("Page " + (p + 1) + ", line " + (l + 1) + ": the talks went on in Cairo as"
                                + " the delegations met again, officials said.");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
