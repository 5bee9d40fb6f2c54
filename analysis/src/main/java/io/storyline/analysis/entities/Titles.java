package io.storyline.analysis.entities;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The titles people hold in news ("Secretary of State", "Prime Minister", "President"), as lower-case word
 * sequences. A title right before a name ("US Secretary of State Antony Blinken") says who holds it in the
 * document; "the Secretary" then means that person, when only one person holds such a title there.
 */
final class Titles {

    private static final List<List<String>> PHRASES = Arrays.stream(new String[] {
        "secretary of state", "secretary-general", "secretary general", "secretary", "under secretary",
        "prime minister", "foreign minister", "defense minister", "defence minister", "finance minister",
        "interior minister", "minister", "deputy prime minister", "president", "vice president", "vice-president",
        "chancellor", "senator", "sen.", "governor", "gov.", "mayor", "ambassador", "spokesperson", "spokesman",
        "spokeswoman", "general", "gen.", "lieutenant general", "major general", "admiral", "colonel", "king", "queen",
        "prince", "crown prince", "princess", "emir", "sheikh", "sultan", "pope", "chief executive", "ceo",
        "chairman", "chairwoman", "chair", "director", "director-general", "commissioner", "speaker", "envoy",
        "special envoy", "judge", "justice", "chief justice", "attorney general", "representative", "rep.",
        "congressman", "congresswoman", "premier", "foreign secretary", "home secretary", "defense secretary",
        "defence secretary", "national security adviser", "national security advisor", "chief of staff", "leader"
    }).map(p -> List.of(p.split(" "))).sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed()).toList();

    private static final Set<String> WORDS = new HashSet<>();

    static {
        PHRASES.forEach(WORDS::addAll);
        WORDS.add("of");
    }

    private Titles() {
    }

    static boolean isTitleWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The length of the longest title starting at {@code from} in {@code words}, or 0. */
    static int titleAt(List<String> words, int from) {
        for (List<String> phrase : PHRASES) {
            if (from + phrase.size() <= words.size() && matches(words, from, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** The length of the longest title ending just before {@code end} in {@code words}, or 0. */
    static int titleEndingAt(List<String> words, int end) {
        for (List<String> phrase : PHRASES) {
            int from = end - phrase.size();
            if (from >= 0 && matches(words, from, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean matches(List<String> words, int from, List<String> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(from + i).toLowerCase(Locale.ROOT).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether title {@code general} ("secretary") may stand for title {@code specific} ("secretary of state"). */
    static boolean covers(String general, String specific) {
        String g = general.toLowerCase(Locale.ROOT);
        String s = specific.toLowerCase(Locale.ROOT);
        return s.equals(g) || s.startsWith(g + " ") || s.endsWith(" " + g) && !g.equals("minister");
    }
}
