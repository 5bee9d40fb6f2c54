package io.storyline.ingestion.extraction.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte order marks, and how much of a file's start is control bytes that text never has. */
final class Bom {

    private static final int SAMPLE = 8192;

    private Bom() {
    }

    /** The length of the byte order mark the bytes start with, or 0. */
    static int length(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    /** The charset a byte order mark names; call only when {@link #length} is not 0. */
    static Charset charset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /** The share of the first bytes that are control bytes other than tab, line feed, form feed, return and escape. */
    static double controlShare(byte[] b) {
        int sample = Math.min(b.length, SAMPLE);
        if (sample == 0) {
            return 0;
        }
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) {
                odd++;
            }
        }
        return odd / (double) sample;
    }
}
