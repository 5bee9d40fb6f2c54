package io.storyline.ingestion.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.FingerprintBand;
import io.storyline.domain.document.TextFingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final String WIRE = "US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin Netanyahu"
            + " discussed upon meeting in occupied al-Quds on Wednesday efforts to avoid further escalation in Gaza. In this"
            + " context, the top US diplomat reaffirmed a clear position of the United States about the potential invasion"
            + " of Rafah, the Department of State said. The two sides focused on efforts to reach an immediate ceasefire in"
            + " Gaza as part of a captives deal, according to the statement. The Secretary discussed the improvement in the"
            + " delivery of humanitarian aid to Gaza since the call between President Biden and Prime Minister Netanyahu on"
            + " April 4 and reiterated the importance of accelerating and sustaining that improvement.";

    private static double similarity(String a, String b) {
        return new TextFingerprint(1, MinHasher.signature(a)).similarity(new TextFingerprint(2, MinHasher.signature(b)));
    }

    @Test
    void theSameTextRepublishedWithSmallEditsIsANearDuplicate() {
        String republished = "WASHINGTON (Agency) - " + WIRE.replace("Wednesday", "Wednesday (May 1)")
                .replace("the Department of State said", "the State Department said") + " Reporting by the desk.";

        assertEquals(1.0, similarity(WIRE, WIRE), 1e-9);
        assertEquals(1.0, similarity(WIRE, WIRE.toUpperCase()), 1e-9, "case does not matter");
        assertTrue(similarity(WIRE, republished) >= 0.7, "similarity " + similarity(WIRE, republished));
    }

    @Test
    void differentStoriesAreFarApart() {
        String other = "Families of captives protested around the visiting diplomat in Tel Aviv on Tuesday, demanding"
                + " a deal that would bring their relatives home, while police tried to clear the road to the hotel"
                + " where the delegation was staying for the night before talks in Jerusalem.";

        assertTrue(similarity(WIRE, other) < 0.1, "similarity " + similarity(WIRE, other));
    }

    @Test
    void identicalSignaturesShareEveryBandAndTextWithoutWordsHasNone() {
        int[] signature = MinHasher.signature(WIRE);
        assertArrayEquals(signature, MinHasher.signature(WIRE), "deterministic");

        List<FingerprintBand> mine = MinHasher.bands(1, signature);
        List<FingerprintBand> theirs = MinHasher.bands(2, MinHasher.signature(WIRE));
        assertEquals(MinHasher.BANDS, mine.size());
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(mine.get(i).bucket(), theirs.get(i).bucket());
        }
        assertNull(MinHasher.signature(" ... !!! "));
        assertEquals(List.of("ceasefire", "в", "газе", "2024"), MinHasher.words("Ceasefire — в Газе, 2024!"));
    }
}
