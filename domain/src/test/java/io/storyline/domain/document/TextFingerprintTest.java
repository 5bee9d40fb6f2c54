package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    @Test
    void theSignatureSurvivesStorageAndSimilarityIsTheShareOfEqualPositions() {
        int[] a = new int[TextFingerprint.SIZE];
        int[] b = new int[TextFingerprint.SIZE];
        for (int i = 0; i < TextFingerprint.SIZE; i++) {
            a[i] = i * 31 - 7;
            b[i] = i < 96 ? a[i] : -i;
        }
        TextFingerprint first = new TextFingerprint(1, a);

        assertArrayEquals(a, first.minHashes());
        assertEquals(0.75, first.similarity(new TextFingerprint(2, b)), 1e-9);
        assertEquals(1.0, first.similarity(first), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new TextFingerprint(3, new int[3]));
    }

    @Test
    void aPairIsStoredLowIdFirstAndNeverWithItself() {
        NearDuplicate pair = new NearDuplicate(9, 4, 0.9, java.time.Instant.EPOCH);

        assertEquals(4, pair.documentA());
        assertEquals(9, pair.other(4));
        assertEquals(4, pair.other(9));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicate(4, 4, 1, java.time.Instant.EPOCH));
    }
}
