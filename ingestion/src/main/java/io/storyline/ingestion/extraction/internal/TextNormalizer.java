package io.storyline.ingestion.extraction.internal;

import java.text.Normalizer;

/**
 * Puts extracted text in the one form everything downstream counts offsets in: Unicode NFC, LF line ends, no
 * control characters but newline, tabs as spaces, no trailing spaces, at most one blank line in a row, and no
 * blank lines at the start or the end.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        int pendingSpaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B') {
                pendingSpaces = 0;
                newlines++;
                continue;
            }
            if (c == '\t' || c == ' ' || c == '\u00A0') {
                pendingSpaces++;
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFEFF' || c == '\uFFFE') {
                continue;
            }
            if (out.length() > 0) {
                if (newlines > 0) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                } else if (pendingSpaces > 0) {
                    out.append(' ');
                }
            }
            newlines = 0;
            pendingSpaces = 0;
            out.append(c);
        }
        return out.toString();
    }
}
