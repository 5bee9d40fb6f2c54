package io.storyline.analysis.language;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plain text holds markup: tags ({@code <img src='x' onerror='...'>}, {@code </script>}, a tag left open),
 * HTML character references ({@code &lt;}, {@code &#60;}, {@code &gt} without its semicolon) and attributes
 * ({@code onerror=alert(1)}). A token that touches markup never becomes part of a name: a name is text, and text
 * someone pasted or planted as markup must not come back as a person or a place.
 */
public final class Markup {

    /** A tag opened by a letter (or {@code /}, {@code !}, {@code ?} and a letter), closed or not. */
    private static final String TAG = "</?[!?]?[A-Za-z][^<>]{0,2000}+>|</?[!?]?[A-Za-z][\\w:-]*";
    /** References with their semicolon, and without it the numeric ones and those that spell markup. */
    private static final String REFERENCE = "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
            + "|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?i:lt|gt|amp|quot|apos))(?![A-Za-z0-9])";
    /** {@code name=value}, the value quoted or not, or missing when its quote is never closed. */
    private static final String ATTRIBUTE = "(?<![\\w:.-])[A-Za-z_:][\\w:.-]{0,63}[ \\t]{0,3}=[ \\t]{0,3}"
            + "(?:\"[^\"\\n]{0,2000}+\"|'[^'\\n]{0,2000}+'|[^\\s\"'<>]+|)";
    private static final Pattern MARKUP = Pattern.compile(TAG + "|" + REFERENCE + "|" + ATTRIBUTE + "|[<>]");

    private Markup() {
    }

    /** The characters of {@code text} that belong to markup; empty for ordinary text. */
    public static BitSet in(String text) {
        BitSet found = new BitSet();
        if (!mayHold(text)) {
            return found;
        }
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            found.set(m.start(), m.end());
        }
        return found;
    }

    private static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '=') {
                return true;
            }
        }
        return false;
    }
}
