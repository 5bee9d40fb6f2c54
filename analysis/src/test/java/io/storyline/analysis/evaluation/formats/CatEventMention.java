package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * An {@code EVENT_MENTION} markable; its tokens need not be contiguous.
 *
 * @param id its {@code m_id}
 * @param tokens indexes into {@link CatDocument#tokens()}, ascending
 */
public record CatEventMention(String id, List<Integer> tokens) {

    public CatEventMention {
        tokens = List.copyOf(tokens);
    }
}
