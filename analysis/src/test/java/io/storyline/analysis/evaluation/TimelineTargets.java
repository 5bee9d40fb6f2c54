package io.storyline.analysis.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events belong on a target entity's timeline: those that involve the target by name, as a participant or as
 * the place, and those whose sentence names it. These are the server's two ways of asking for a timeline, by entity
 * and by words; the words are needed because products ("iPhone 4", "iTunes Store") are seldom recognised as
 * entities, let alone attached to their events as participants. Names are compared as words, case aside: a
 * participant's name matches when it holds every word of the target ("Apple iPhone 4" for "iPhone 4"), a sentence
 * when it holds them in a row; for a person the surname alone also counts ("Jobs" for "Steve Jobs"), the way news
 * names people after the first mention.
 */
final class TimelineTargets {

    /** How the events are chosen, for the report's notes. */
    static final String RULE = "an event is on a target's timeline when a participant or its place names the target"
            + " (all its words), or when the event's sentence names it (its words in a row); for a person the"
            + " surname alone also counts; case aside";

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

    private TimelineTargets() {}

    /**
     * @param names the names and words by which an event involves someone or somewhere
     * @param sentence the sentence that tells of the event
     * @param person whether the target is a person
     */
    static boolean takes(String target, Iterable<String> names, String sentence, boolean person) {
        List<String> wanted = words(target);
        if (wanted.isEmpty()) {
            return false;
        }
        List<String> surname = person && wanted.size() > 1 ? wanted.subList(wanted.size() - 1, wanted.size()) : null;
        for (String name : names) {
            List<String> given = words(name);
            if (given.containsAll(wanted) || given.equals(surname)) {
                return true;
            }
        }
        List<String> said = words(sentence);
        return Collections.indexOfSubList(said, wanted) >= 0 || surname != null && said.containsAll(surname);
    }

    private static List<String> words(String text) {
        String plain = POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty()).toList();
    }
}
