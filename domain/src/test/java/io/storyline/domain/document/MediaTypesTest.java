package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void zipFilesAreArchivesWhateverTheirSpellingOrParameters() {
        for (String type : new String[] {"application/zip", "application/x-zip-compressed", "application/x-zip",
                "Application/ZIP", "application/zip; charset=binary"}) {
            assertTrue(MediaTypes.isArchive(type), type);
        }
    }

    @Test
    void otherFilesAreNotArchivesEvenWithZipInTheirName() {
        for (String type : new String[] {"application/gzip", "application/x-7z-compressed", "application/pdf",
                "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ""}) {
            assertFalse(MediaTypes.isArchive(type), type);
        }
        assertFalse(MediaTypes.isArchive(null), "a document whose type is unknown");
    }

    @Test
    void aDocumentKnowsWhetherItIsAnArchive() {
        String sha = "a".repeat(64);
        Instant at = Instant.parse("2024-05-02T10:00:00Z");
        assertTrue(Document.received(sha, "press-2024.zip", "application/zip", 2048, "archivist", at).isArchive());
        assertFalse(Document.received(sha, "notes.gz", "application/gzip", 2048, "archivist", at).isArchive());
    }
}
