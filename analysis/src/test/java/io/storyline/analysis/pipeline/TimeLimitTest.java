package io.storyline.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.ReferenceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document's time limit stops its analysis where it is, even inside the one piece of text the language pipeline
 * is reading, and leaves the thread as it found it.
 */
class TimeLimitTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);
    private static ScheduledExecutorService alarms;

    @BeforeAll
    static void start() {
        alarms = Executors.newSingleThreadScheduledExecutor();
        RealModels.analyzer().analyze("Blinken met Netanyahu in Jerusalem.", PUBLISHED,
                ReferenceSource.PUBLICATION_DATE); // loaded and warm
    }

    @AfterAll
    static void stop() {
        alarms.shutdownNow();
    }

    /** About 3,000 words without a sentence end: one piece (under 20,000 characters), seconds of work. */
    private static String onePieceOfWork() {
        String[] words = RealModels.sample("blinken-netanyahu-rafah.txt").replaceAll("[.!?\\n\\r]", " ").strip()
                .split("\\s+");
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        while (text.length() < Chunks.MAX_CHUNK - 1_000) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void theLimitInterruptsThePipelineInTheMiddleOfAPiece() {
        String text = onePieceOfWork();
        AnalysisTimeoutException stopped = assertThrows(AnalysisTimeoutException.class,
                () -> RealModels.analyzer().analyze(text, PUBLISHED, ReferenceSource.PUBLICATION_DATE,
                        Instant.now().plusMillis(100), alarms));

        assertEquals(0, stopped.done(), "stopped inside the only piece, not after it");
        assertEquals(text.length(), stopped.length());
        assertFalse(Thread.currentThread().isInterrupted(), "the thread's interrupt flag is cleared");
        DocumentAnalysis next = RealModels.analyzer().analyze("Blinken met Netanyahu in Jerusalem on Wednesday.",
                PUBLISHED, ReferenceSource.PUBLICATION_DATE, Instant.now().plusSeconds(60), alarms);
        assertTrue(next.events().stream().anyMatch(e -> e.type().equals("MEETING")), "the thread analyses on");
    }

    @Test
    void aLimitAlreadyPastStopsBeforeTheFirstPiece() {
        AnalysisTimeoutException stopped = assertThrows(AnalysisTimeoutException.class,
                () -> RealModels.analyzer().analyze("Blinken met Netanyahu.", PUBLISHED,
                        ReferenceSource.PUBLICATION_DATE, Instant.now().minusSeconds(1)));
        assertEquals(0, stopped.done());
    }
}
