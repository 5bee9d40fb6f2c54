package io.storyline.ingestion.extraction.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Bytes that mix UTF-8 with a single-byte encoding: how to tell, and how to read them. */
final class MixedEncoding {

    /** Share of the bytes beyond ASCII that must be in well-formed UTF-8 sequences to call a file partly UTF-8. */
    private static final double UTF8_SHARE = 0.25;
    private static final int MIN_SEQUENCES = 8;

    private MixedEncoding() {
    }

    /**
     * Whether a good part of the bytes beyond ASCII are well-formed UTF-8 sequences. Text in one single-byte
     * encoding forms such sequences only by chance (a windows-1256 letter before the Arabic comma, say).
     */
    static boolean partlyUtf8(byte[] bytes) {
        int beyondAscii = 0;
        int inSequences = 0;
        int sequences = 0;
        for (int i = 0; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequence(bytes, i);
            if (length > 0) {
                inSequences += length;
                beyondAscii += length;
                sequences++;
                i += length;
            } else {
                beyondAscii++;
                i++;
            }
        }
        return sequences >= MIN_SEQUENCES && inSequences >= UTF8_SHARE * beyondAscii;
    }

    /** The bytes with every UTF-8 sequence replaced by a space, for the detectors to judge the rest. */
    static byte[] withoutUtf8(byte[] bytes) {
        ByteArrayOutputStream rest = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; ) {
            int length = bytes[i] < 0 ? sequence(bytes, i) : 0;
            if (length > 0) {
                rest.write(' ');
                i += length;
            } else {
                rest.write(bytes[i++]);
            }
        }
        return rest.toByteArray();
    }

    /** Reads UTF-8 sequences as UTF-8 and every other byte in {@code other}, a single-byte charset. */
    static String decode(byte[] bytes, Charset other) {
        StringBuilder text = new StringBuilder(bytes.length);
        int run = 0;
        for (int i = 0; i < bytes.length; ) {
            int length = bytes[i] < 0 ? sequence(bytes, i) : 0;
            if (length > 0) {
                text.append(new String(bytes, run, i - run, other));
                text.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
                run = i;
            } else {
                i++;
            }
        }
        return text.append(new String(bytes, run, bytes.length - run, other)).toString();
    }

    /** The length of the well-formed UTF-8 multi-byte sequence at {@code i} (RFC 3629), or 0. */
    private static int sequence(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4
                ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
