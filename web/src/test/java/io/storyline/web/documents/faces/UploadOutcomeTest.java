package io.storyline.web.documents.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An archive on the upload page is followed until every document found inside it is analysed or failed. */
class UploadOutcomeTest {

    @Test
    void anArchiveCountsItsDocumentsAndMovesUntilAllAreFinal() {
        UploadOutcome zip = new UploadOutcome("batch.zip", UploadOutcome.Kind.NEW, 7L, null, "RECEIVED");
        zip.markArchive();
        assertEquals("being opened", zip.getContents());
        zip.update("ANALYZED", null);
        assertTrue(zip.isMoving(), "its documents are not counted yet");

        zip.count(3, 1, 1);
        assertEquals("1 of 3 analysed, 1 failed", zip.getContents());
        assertTrue(zip.isMoving(), "one document is still on its way");
        zip.count(3, 2, 1);
        assertEquals("2 of 3 analysed, 1 failed", zip.getContents());
        assertFalse(zip.isMoving());
    }

    @Test
    void aDocumentFoundInsideSaysWhichArchive() {
        UploadOutcome inside = UploadOutcome.inside(8, "port.txt", "EXTRACTING", "batch.zip", 7);
        assertEquals("batch.zip", inside.getFrom());
        assertTrue(inside.isMoving());
        assertNull(inside.getContents(), "not an archive");
        inside.update("ANALYZED", null);
        assertFalse(inside.isMoving());
    }
}
