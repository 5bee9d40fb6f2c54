package io.storyline.ingestion.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Chooses the charset of a text or a web page without a byte order mark, and says why. Candidates are tried in
 * order (the page's declaration; UTF-8 when the bytes are valid UTF-8; ICU4J's guesses; Tika's universal detector;
 * windows-1252, the web's default) and the first that decodes cleanly (no replacement characters, no C1 control
 * characters) wins. A declaration is believed unless it gives unclean text, or names a single-byte charset while
 * the bytes are valid UTF-8 with characters beyond ASCII (which single-byte text almost never is).
 */
final class EncodingChoice {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;
    private static final int MIN_CONFIDENCE = 10;

    /**
     * The charset chosen and the text it gives.
     *
     * @param charset  the charset the text was decoded with
     * @param text     the decoded characters
     * @param why      how the charset was chosen, in words for the document's history
     * @param unclean  characters that did not decode cleanly; 0 when a charset gave clean text
     */
    record Choice(Charset charset, String text, String why, int unclean) {
    }

    private record Candidate(Charset charset, String reason) {
    }

    private EncodingChoice() {
    }

    /**
     * Chooses the charset of {@code bytes}; {@code cut} says that they are the start of a longer file, so that the
     * last character may be cut in half (which is not held against a charset).
     */
    static Choice choose(byte[] bytes, String filename, boolean html, boolean cut) throws IOException {
        Charset declared = html ? declared(bytes, filename) : null;
        boolean utf8 = validUtf8(bytes);
        if (!utf8 && MixedEncoding.partlyUtf8(bytes)) {
            return mixed(bytes, filename);
        }
        List<Candidate> candidates = new ArrayList<>();
        String rejected = "";
        if (declared != null) {
            if (utf8 && !declared.equals(StandardCharsets.UTF_8) && beyondAscii(bytes) && singleByte(declared)) {
                rejected = "the page declares " + declared.name() + ", but its bytes are UTF-8 with characters beyond"
                        + " ASCII, which " + declared.name() + " text almost never is; ";
            } else {
                candidates.add(new Candidate(declared, "the page declares it"));
            }
        }
        if (utf8) {
            candidates.add(new Candidate(StandardCharsets.UTF_8, "the bytes are valid UTF-8"));
        }
        candidates.addAll(detected(bytes, filename));
        candidates.add(new Candidate(WINDOWS_1252, "no detector was sure, and windows-1252 is the web's default"));

        List<Choice> tried = new ArrayList<>();
        for (Candidate candidate : distinct(candidates)) {
            String text = new String(bytes, candidate.charset());
            if (cut && text.endsWith("\uFFFD")) {
                text = text.substring(0, text.length() - 1);
            }
            int unclean = unclean(text);
            String why = rejected + candidate.reason();
            if (unclean == 0) {
                return new Choice(candidate.charset(), text, "read as " + candidate.charset().name() + ": " + why, 0);
            }
            tried.add(new Choice(candidate.charset(), text, why, unclean));
            rejected = rejected + candidate.charset().name() + " (" + candidate.reason() + ") gives " + unclean
                    + " unreadable characters; ";
        }
        Choice best = tried.stream().min(Comparator.comparingInt(Choice::unclean)).orElseThrow();
        return new Choice(best.charset(), best.text(), "read as " + best.charset().name() + " with " + best.unclean()
                + " unreadable characters, the fewest of any charset tried: " + rejected
                + "no charset gives clean text, so the text needs a person's look", best.unclean());
    }

    /**
     * Bytes that are partly UTF-8 and partly something else (a UTF-8 page with a paragraph pasted in windows-1256,
     * say) are not read cleanly by any one charset: the UTF-8 sequences are read as UTF-8 and the rest in the
     * charset the detectors find for the rest; the text needs a person's look.
     */
    private static Choice mixed(byte[] bytes, String filename) throws IOException {
        byte[] rest = MixedEncoding.withoutUtf8(bytes);
        Candidate other = detected(rest, filename).stream()
                .filter(c -> !c.charset().equals(StandardCharsets.UTF_8) && singleByte(c.charset()))
                .findFirst().orElse(new Candidate(WINDOWS_1252, "windows-1252 is the web's default"));
        String text = MixedEncoding.decode(bytes, other.charset());
        return new Choice(other.charset(), text, "read as UTF-8 and " + other.charset().name() + ": the bytes mix"
                + " UTF-8 with another encoding, which no single charset reads; the rest read as "
                + other.charset().name() + " because " + other.reason() + "; the text needs a person's look",
                Math.max(1, unclean(text)));
    }

    private static Charset declared(byte[] bytes, String filename) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return latin1AsWindows(new HtmlEncodingDetector().detect(in, metadata(filename)));
        }
    }

    /** ICU4J's guesses that are not wild, best first, then Tika's universal detector (juniversalchardet). */
    private static List<Candidate> detected(byte[] bytes, String filename) throws IOException {
        byte[] sample = bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes;
        List<Candidate> found = new ArrayList<>();
        CharsetDetector icu = new CharsetDetector();
        icu.enableInputFilter(true);
        icu.setText(sample);
        for (CharsetMatch match : icu.detectAll()) {
            Charset charset = supported(match.getName());
            if (charset != null && match.getConfidence() >= MIN_CONFIDENCE) {
                found.add(new Candidate(latin1AsWindows(charset), "ICU4J's detector chose it (confidence "
                        + match.getConfidence() + " of 100)"));
            }
        }
        try (InputStream in = new ByteArrayInputStream(sample)) {
            Charset universal = new UniversalEncodingDetector().detect(in, metadata(filename));
            if (universal != null) {
                found.add(new Candidate(latin1AsWindows(universal), "Tika's universal detector chose it"));
            }
        }
        return found;
    }

    private static List<Candidate> distinct(List<Candidate> candidates) {
        List<Candidate> distinct = new ArrayList<>();
        for (Candidate c : candidates) {
            if (distinct.stream().noneMatch(d -> d.charset().equals(c.charset()))) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    private static Metadata metadata(String filename) {
        Metadata metadata = new Metadata();
        metadata.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        return metadata;
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** ISO-8859-1 and ASCII are read as their superset windows-1252, as browsers do. */
    private static Charset latin1AsWindows(Charset charset) {
        if (charset == null) {
            return null;
        }
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252
                : charset;
    }

    private static boolean singleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    static boolean validUtf8(byte[] bytes) {
        // Not the end of input: a sequence cut at the end of the bytes read is not an error.
        return !StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), false).isError();
    }

    private static boolean beyondAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Replacement characters and C1 controls: what a wrong charset leaves in text. */
    static int unclean(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c >= '\u0080' && c <= '\u009F') {
                count++;
            }
        }
        return count;
    }

}
