package io.storyline.analysis.evaluation.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The IOB1 tagging of CoNLL-2003: {@code I-X} inside an entity of type X, {@code B-X} only on the first
 * token of an entity that directly follows another of the same type. Decoding also accepts IOB2
 * ({@code B-X} on every first token), since that reads the same.
 */
public final class Iob1 {

    private static final String OUTSIDE = "O";

    /**
     * An entity within one sentence.
     *
     * @param start first token
     * @param end token after the last one
     * @param type PER, ORG, LOC, MISC
     */
    public record Chunk(int start, int end, String type) {}

    private Iob1() {}

    public static List<Chunk> decode(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            boolean inside = !OUTSIDE.equals(tag) && tag.length() > 2 && tag.charAt(1) == '-';
            String tagType = inside ? tag.substring(2) : null;
            boolean continues = inside && type != null && tag.charAt(0) != 'B' && tagType.equals(type);
            if (!continues && type != null) {
                chunks.add(new Chunk(start, i, type));
                type = null;
            }
            if (inside && !continues) {
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }

    /**
     * Tags for a sentence of {@code length} tokens. Chunks outside the sentence or overlapping an earlier
     * one cannot be tagged and are left out.
     */
    public static List<String> encode(int length, List<Chunk> chunks) {
        String[] tags = new String[length];
        Arrays.fill(tags, OUTSIDE);
        List<Chunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingInt(Chunk::start).thenComparingInt(Chunk::end));
        Chunk previous = null;
        for (Chunk chunk : sorted) {
            boolean fits = chunk.start() >= 0 && chunk.start() < chunk.end() && chunk.end() <= length
                    && (previous == null || chunk.start() >= previous.end());
            if (!fits) {
                continue;
            }
            boolean touchesSameType = previous != null && previous.end() == chunk.start()
                    && previous.type().equals(chunk.type());
            for (int i = chunk.start(); i < chunk.end(); i++) {
                tags[i] = "I-" + chunk.type();
            }
            if (touchesSameType) {
                tags[chunk.start()] = "B-" + chunk.type();
            }
            previous = chunk;
        }
        return List.of(tags);
    }
}
