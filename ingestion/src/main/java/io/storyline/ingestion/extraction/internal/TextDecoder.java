package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/** Turns the bytes of a text or a web page into characters, whatever the encoding; refuses binary data. */
final class TextDecoder {

    private static final double MAX_BINARY_SHARE = 0.05;

    /**
     * Characters decoded from a file.
     *
     * @param text    the characters, at most the limit asked for
     * @param how     which charset was used and why, for the document's history
     * @param unclean whether no charset gave clean text (some characters may be wrong; a person should look)
     */
    record Decoded(String text, String how, boolean unclean) {
    }

    private TextDecoder() {
    }

    /**
     * Decodes characters in the encoding the bytes are in (byte order mark, else {@link EncodingChoice}), up to a
     * limit. Bytes that are plainly not text (control bytes, or undecodable in every charset tried) are refused
     * as binary data, described as {@code type}.
     */
    static Decoded decode(InputStream in, String filename, String type, long limit, boolean html)
            throws ExtractionFailedException {
        try {
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, limit * 4);
            byte[] bytes = in.readNBytes(cap);
            boolean cut = bytes.length == cap && in.read() >= 0;
            int bom = Bom.length(bytes);
            if (bom > 0) {
                Charset charset = Bom.charset(bytes);
                return limited(new String(bytes, bom, bytes.length - bom, charset), limit,
                        "read as " + charset.name() + ": the file starts with its byte order mark", false);
            }
            if (Bom.controlShare(bytes) > MAX_BINARY_SHARE) {
                throw binary(filename, type);
            }
            EncodingChoice.Choice choice = EncodingChoice.choose(bytes, filename, html, cut);
            if (choice.unclean() > MAX_BINARY_SHARE * choice.text().length()) {
                throw binary(filename, type);
            }
            return limited(choice.text(), limit, choice.why(), choice.unclean() > 0);
        } catch (IOException e) {
            throw new ExtractionFailedException(FailureReason.CORRUPT, "\"" + filename + "\" could not be read as "
                    + (html ? "a web page" : "text") + ": " + e.getMessage(), e);
        }
    }

    private static Decoded limited(String chars, long limit, String how, boolean unclean) {
        return new Decoded(chars.length() > limit ? chars.substring(0, (int) limit) : chars, how, unclean);
    }

    private static ExtractionFailedException binary(String filename, String type) {
        return new ExtractionFailedException(FailureReason.UNSUPPORTED_TYPE, TikaExtractor.unsupported(filename, type));
    }
}
