package io.storyline.domain.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A filename as the uploader gave it. It is data, never a path: originals are stored under their hash, so
 * a name like {@code ../../etc/passwd} is kept as text and shown escaped. Only what cannot be shown or
 * stored is changed: Unicode is normalised to NFC, control and format characters become U+FFFD, and very
 * long names are cut to {@value #MAX_LENGTH} characters (keeping the extension).
 */
public final class Filename {

    public static final int MAX_LENGTH = 255;
    static final String UNNAMED = "unnamed";
    private static final char REPLACEMENT = '\uFFFD';

    private Filename() {
    }

    /** The name to keep for what an uploader sent; never empty. */
    public static String clean(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(nfc.length(), MAX_LENGTH + 16));
        nfc.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.UNASSIGNED;
            out.appendCodePoint(invisible ? REPLACEMENT : cp);
        });
        String cleaned = out.toString().strip();
        if (cleaned.isEmpty()) {
            return UNNAMED;
        }
        return shorten(cleaned);
    }

    /** The part after the last slash or backslash: what a browser would call the file. */
    public static String lastSegment(String name) {
        Objects.requireNonNull(name, "name");
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(cut + 1);
        return last.isBlank() ? name : last;
    }

    /** The lower-case extension without the dot, or an empty string. */
    public static String extension(String name) {
        String last = lastSegment(name);
        int dot = last.lastIndexOf('.');
        return dot <= 0 || dot == last.length() - 1 ? "" : last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        if (ext.length() > 16) {
            ext = "";
        }
        int keep = MAX_LENGTH - (ext.isEmpty() ? 1 : ext.length() + 2);
        String head = name.substring(0, name.offsetByCodePoints(0, keep));
        return head + "\u2026" + (ext.isEmpty() ? "" : "." + ext);
    }
}
