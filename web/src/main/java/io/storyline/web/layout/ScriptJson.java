package io.storyline.web.layout;

import jakarta.json.JsonStructure;

/**
 * JSON that a page writes inside a {@code <script>} element, as {@code p:chart} does with its Chart.js
 * configuration. JSON's own escaping is not enough there: a string holding {@code </script>} would end the script
 * and whatever follows would be markup. So the characters that can matter to the HTML parser or to older
 * JavaScript ({@code < > &}, U+2028, U+2029) are written as JSON's backslash-u escapes, which mean the same
 * characters to JSON and nothing to HTML.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** The JSON text, safe to place inside a script element. */
    public static String of(JsonStructure json) {
        String text = json.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
