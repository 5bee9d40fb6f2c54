package io.storyline.ingestion.dedup;

import io.storyline.domain.document.FingerprintBand;
import io.storyline.domain.document.TextFingerprint;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of texts: lower-cased words (letters and digits of any script), shingles of
 * {@value #SHINGLE} consecutive words, {@link TextFingerprint#SIZE} hash functions, and {@value #BANDS} LSH
 * bands of {@value #ROWS} rows. Pure and deterministic: the same text always gives the same signature.
 */
public final class MinHasher {

    static final int SHINGLE = 5;
    static final int BANDS = 32;
    static final int ROWS = TextFingerprint.SIZE / BANDS;
    private static final long[] SEEDS = new long[TextFingerprint.SIZE];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SEEDS.length; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHasher() {
    }

    /** The signature, or {@code null} when the text has no words. */
    public static int[] signature(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        int[] min = new int[TextFingerprint.SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int start = 0; start < shingles; start++) {
            long shingle = hash(words, start, Math.min(words.size(), start + SHINGLE));
            for (int i = 0; i < min.length; i++) {
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (value < min[i]) {
                    min[i] = value;
                }
            }
        }
        return min;
    }

    /** The LSH bands of a signature, for finding candidates that share a bucket. */
    public static List<FingerprintBand> bands(long documentId, int[] signature) {
        List<FingerprintBand> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            // The band number is part of the bucket, so one indexed lookup by bucket finds a band's neighbours.
            long bucket = mix(17 + band * 0x9E3779B97F4A7C15L);
            for (int row = 0; row < ROWS; row++) {
                bucket = mix(bucket * 31 + signature[band * ROWS + row]);
            }
            bands.add(new FingerprintBand(band, bucket, documentId));
        }
        return bands;
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static long hash(List<String> words, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            String word = words.get(i);
            for (int c = 0; c < word.length(); c++) {
                h ^= word.charAt(c);
                h *= 0x100000001B3L;
            }
            h ^= ' ';
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a good 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
