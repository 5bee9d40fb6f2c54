package io.storyline.analysis.search.internal;

import static io.storyline.analysis.search.internal.SearchIndexJob.OnStart.CATCH_UP;
import static io.storyline.analysis.search.internal.SearchIndexJob.OnStart.MARK_BUILT;
import static io.storyline.analysis.search.internal.SearchIndexJob.OnStart.REBUILD_MAPPING_CHANGED;
import static io.storyline.analysis.search.internal.SearchIndexJob.onStart;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.platform.search.SearchRecord;
import org.junit.jupiter.api.Test;

class SearchIndexJobTest {

    private static final int CURRENT = SearchRecord.MAPPING_VERSION;

    @Test
    void anArchiveIndexedWithAnOlderMappingIsRebuiltAtStartUp() {
        assertEquals(REBUILD_MAPPING_CHANGED, onStart(0, 120, 120), "built before the version was kept");
        assertEquals(REBUILD_MAPPING_CHANGED, onStart(CURRENT - 1, 120, 120));
        assertEquals(REBUILD_MAPPING_CHANGED, onStart(0, 120, 0));
    }

    @Test
    void aCurrentIndexCatchesUp() {
        assertEquals(CATCH_UP, onStart(CURRENT, 120, 0), "the catch-up rebuilds an empty index beside records");
        assertEquals(CATCH_UP, onStart(CURRENT, 120, 118));
        assertEquals(CATCH_UP, onStart(CURRENT, 0, 0));
    }

    @Test
    void aNewArchiveIsMarkedBuiltWithoutARebuild() {
        assertEquals(MARK_BUILT, onStart(0, 0, 0));
    }
}
