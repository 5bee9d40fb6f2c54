package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/** Turns the bytes of a text or a web page into characters, whatever the encoding; refuses binary data. */
final class TextDecoder {

    private static final double MAX_BINARY_SHARE = 0.05;

    private TextDecoder() {
    }

    /**
     * Decodes characters in the encoding the bytes are in (byte order mark, declaration, or statistics), up to a
     * limit. ISO-8859-1 is read as its superset windows-1252, as browsers do. Bytes that are plainly not text
     * (control bytes, undecodable sequences) are refused as binary data.
     */
    static String decode(InputStream in, String filename, long limit, boolean html) throws ExtractionFailedException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit * 4));
            int bom = Bom.length(bytes);
            if (bom == 0 && Bom.controlShare(bytes) > MAX_BINARY_SHARE) {
                throw new ExtractionFailedException(FailureReason.UNSUPPORTED_TYPE, TikaExtractor.unsupported(filename,
                        "application/octet-stream"));
            }
            Charset decoding = bom > 0 ? Bom.charset(bytes) : detectCharset(bytes, filename, html);
            String chars = new String(bytes, bom, bytes.length - bom, decoding);
            if (replacementShare(chars) > MAX_BINARY_SHARE) {
                throw new ExtractionFailedException(FailureReason.UNSUPPORTED_TYPE, TikaExtractor.unsupported(filename,
                        "application/octet-stream"));
            }
            return chars.length() > limit ? chars.substring(0, (int) limit) : chars;
        } catch (IOException e) {
            throw new ExtractionFailedException(FailureReason.CORRUPT, "\"" + filename + "\" could not be read as "
                    + (html ? "a web page" : "text") + ": " + e.getMessage(), e);
        }
    }

    /**
     * A declared charset (HTML meta) first; then UTF-8 when the bytes are valid UTF-8; then ICU's statistical
     * guess, which knows the ISO-8859 and windows code pages by the languages written in them.
     */
    private static Charset detectCharset(byte[] bytes, String filename, boolean html) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        Charset charset = null;
        if (html) {
            try (InputStream sample = new java.io.ByteArrayInputStream(bytes)) {
                charset = new HtmlEncodingDetector().detect(sample, metadata);
            }
        }
        if (charset == null && validUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
        }
        if (charset == null) {
            try (InputStream sample = new java.io.ByteArrayInputStream(bytes)) {
                charset = new Icu4jEncodingDetector().detect(sample, metadata);
            }
        }
        if (charset == null || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Charset.forName("windows-1252");
        }
        return charset;
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static double replacementShare(String chars) {
        int sample = Math.min(chars.length(), 16_384);
        if (sample == 0) {
            return 0;
        }
        long odd = chars.chars().limit(sample).filter(c -> c == '\uFFFD').count();
        return odd / (double) sample;
    }
}
