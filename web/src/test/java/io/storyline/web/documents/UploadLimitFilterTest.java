package io.storyline.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.platform.config.StorageSpace;
import org.junit.jupiter.api.Test;

/** Which multipart requests are refused before a byte of them is read, and what they are told. */
class UploadLimitFilterTest {

    private static final long LIMIT = 5L << 20;
    private static final String FORM = "multipart/form-data; boundary=abc";

    @Test
    void requestsThatAreNotMultipartPassWhateverTheirLength() {
        assertNull(UploadLimitFilter.refusal(null, -1, LIMIT));
        assertNull(UploadLimitFilter.refusal("application/json", 10L << 30, LIMIT));
        assertNull(UploadLimitFilter.refusal("text/csv", -1, LIMIT));
    }

    @Test
    void aFormUpToTheLimitAndItsAllowancePasses() {
        assertNull(UploadLimitFilter.refusal(FORM, 100, LIMIT));
        assertNull(UploadLimitFilter.refusal(FORM, LIMIT + UploadLimitFilter.FORM_ALLOWANCE, LIMIT));
        assertNull(UploadLimitFilter.refusal("Multipart/Form-Data; BOUNDARY=x", 100, LIMIT));
    }

    @Test
    void aLongerFormIs413WithBothSizes() {
        UploadLimitFilter.Refusal r = UploadLimitFilter.refusal(FORM, LIMIT + UploadLimitFilter.FORM_ALLOWANCE + 1,
                LIMIT);
        assertEquals(413, r.status());
        assertTrue(r.detail().contains("6.0 MiB") && r.detail().contains("5.0 MiB")
                && r.detail().contains("storyline.upload.max-bytes"), r.detail());
    }

    @Test
    void aFormWithoutLengthOrBoundaryIsRefusedSayingWhatIsMissing() {
        assertEquals(411, UploadLimitFilter.refusal(FORM, -1, LIMIT).status());
        UploadLimitFilter.Refusal noBoundary = UploadLimitFilter.refusal("multipart/form-data", 100, LIMIT);
        assertEquals(400, noBoundary.status());
        assertTrue(noBoundary.detail().contains("boundary"), noBoundary.detail());
    }

    @Test
    void belowTheFreeSpaceFloorAnUploadIsRefusedWith507SayingHowMuchIsFree() {
        StorageSpace.Room full =
                new StorageSpace.Room(12L << 20, 200L << 20);
        UploadLimitFilter.Refusal refusal = UploadLimitFilter.refusal(full);
        assertEquals(507, refusal.status());
        assertEquals("upload-storage-full", refusal.type());
        assertEquals("The archive is not taking uploads now: the data folder has 12 MB free, below the 200 MB kept"
                + " free (storyline.storage.min-free-mb). Nothing of this upload was stored; an admin must free space"
                + " or add storage, then send it again.", refusal.detail());
        assertNull(UploadLimitFilter.refusal(new StorageSpace.Room(200L << 20, 200L << 20)),
                "at the floor there is still room");
    }
}
