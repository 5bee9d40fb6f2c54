package io.storyline.web.admin.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Stage;
import io.storyline.ingestion.monitor.StageState;
import io.storyline.ingestion.monitor.Throughput;
import io.storyline.web.rest.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonitorFormatTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("0 s", MonitorFormat.duration(Duration.ZERO));
        assertEquals("42 s", MonitorFormat.duration(Duration.ofSeconds(42)));
        assertEquals("3 min 05 s", MonitorFormat.duration(Duration.ofSeconds(185)));
        assertEquals("2 h 07 min", MonitorFormat.duration(Duration.ofMinutes(127)));
        assertEquals("3 d 04 h", MonitorFormat.duration(Duration.ofHours(76)));
    }

    @Test
    void timeLeftSaysUnknownWhenNothingFinishedLatelyAndNothingWaitsWhenTheQueueIsEmpty() {
        assertEquals("unknown", MonitorFormat.timeLeft(new StageState(Stage.EXTRACTION, 7, 0, 7, NOW, 2,
                new Throughput(0, 0), NOW)));
        assertEquals("nothing waits", MonitorFormat.timeLeft(new StageState(Stage.ANALYSIS, 0, 0, 0, null, 2,
                new Throughput(0, 0), NOW)));
        assertEquals("1 min 00 s", MonitorFormat.timeLeft(new StageState(Stage.ANALYSIS, 3, 2, 10, NOW, 2,
                new Throughput(50, 50), NOW)), "10 documents at 10 a minute");
    }

    @Test
    void stagesAndReasonsAreReadInAnyCaseAndAnythingElseIsRefusedReadably() {
        assertEquals(Stage.EXTRACTION, MonitorActions.stage(" extraction "));
        assertEquals(FailureReason.NEEDS_OCR, MonitorActions.reason("needs_ocr"));
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> MonitorActions.reason("<script>" + "x".repeat(100)));
        assertTrue(unknown.getMessage().contains("CORRUPT") && unknown.getMessage().length() < 250, unknown.getMessage());
        assertTrue(assertThrows(InvalidRequestException.class, () -> MonitorActions.stage(null)).getMessage()
                .startsWith("Name the stage"));
    }
}
