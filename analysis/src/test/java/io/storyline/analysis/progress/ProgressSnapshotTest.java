package io.storyline.analysis.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.domain.document.DocumentStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressSnapshotTest {

    @Test
    void everyStatusHasACountAndUnfinishedOnesAreInProgress() {
        ProgressSnapshot snapshot = new ProgressSnapshot(Map.of(
                DocumentStatus.RECEIVED, 3L, DocumentStatus.EXTRACTED, 2L,
                DocumentStatus.ANALYZED, 10L, DocumentStatus.FAILED, 1L));

        assertEquals(0L, snapshot.count(DocumentStatus.ANALYZING));
        assertEquals(16L, snapshot.total());
        assertEquals(5L, snapshot.inProgress());
    }
}
