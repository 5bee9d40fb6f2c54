package io.storyline.web.curation.faces;

/**
 * Where words a person selected in the browser are in the document's text. The browser counts offsets over the
 * text it shows, which may differ from ours (line breaks, characters it normalises), so the offsets are a hint and
 * the selected words decide: the occurrence nearest the hint wins.
 */
final class Selections {

    private Selections() {
    }

    /** The span {begin, end} of {@code selected} in {@code text} nearest {@code begin}, or null when it is not there. */
    static int[] locate(String text, int begin, int end, String selected) {
        if (text == null || selected == null) {
            return null;
        }
        String words = selected.strip();
        if (words.isEmpty()) {
            return null;
        }
        if (begin >= 0 && end <= text.length() && begin < end && text.substring(begin, end).strip().equals(words)) {
            int lead = text.substring(begin, end).indexOf(words);
            return new int[] {begin + lead, begin + lead + words.length()};
        }
        int best = -1;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (best < 0 || Math.abs(at - begin) < Math.abs(best - begin)) {
                best = at;
            }
        }
        return best < 0 ? null : new int[] {best, best + words.length()};
    }
}
