package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * A {@code TIMEX3} markable. MEANTIME anchors the document date on the dateline's tokens, and a few
 * TIMEX3s on no token at all.
 *
 * @param id its {@code m_id}
 * @param tokens indexes into {@link CatDocument#tokens()}, ascending; may be empty
 * @param type DATE, TIME, DURATION or SET; null when absent
 * @param value the normalised value; null when absent
 * @param creationTime whether it is the document creation time
 */
public record CatTimex(String id, List<Integer> tokens, String type, String value, boolean creationTime) {

    public CatTimex {
        tokens = List.copyOf(tokens);
    }
}
