package io.storyline.analysis.times;

import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.analysis.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the verb a time expression hangs from: past ("said Friday", "had met on Oct. 23", "was arrested
 * Tuesday"), future ("will meet Monday", "plans to leave Thursday", "is expected Friday", "is meeting Friday"), or
 * neither. Without a parse, the nearest finite verb before the expression decides.
 */
final class Tenses {

    enum Tense { PAST, FUTURE, OTHER }

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo", "would");
    private static final Set<String> SCHEDULED = Set.of("schedule", "expect", "set", "due", "slate", "plan");

    private Tenses() {
    }

    static Tense of(Sentence s, Timex t) {
        if (!s.parsed()) {
            return nearestFiniteVerb(s, t);
        }
        int verb = governingVerb(s, t);
        return verb < 0 ? Tense.OTHER : tenseOf(s, verb);
    }

    /**
     * The verb the expression attaches to directly ("met Monday", "said on Friday"). An expression that modifies
     * a noun or an adjective ("the Tuesday deadline", "payable Dec. 1") takes no tense from the verb further up.
     */
    private static int governingVerb(Sentence s, Timex t) {
        Dependency up = up(s, headOf(s, t));
        if (up == null) {
            return -1;
        }
        Token governor = s.token(up.governor());
        if (governor.isVerb()) {
            return up.governor();
        }
        // a copula or an auxiliary-less predicate: "the meeting was Friday" hangs from the noun with a "be" verb
        for (Dependency d : s.dependentsOf(up.governor())) {
            if (d.base().equals("cop")) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static int headOf(Sentence s, Timex t) {
        for (int i = t.tokenStart(); i < t.tokenEnd(); i++) {
            Dependency up = up(s, i);
            if (up == null || up.governor() < t.tokenStart() || up.governor() >= t.tokenEnd()) {
                return i;
            }
        }
        return t.tokenEnd() - 1;
    }

    /** The head edge of a token, preferring one that is not a conjunction edge of the enhanced graph. */
    private static Dependency up(Sentence s, int token) {
        Dependency best = null;
        for (Dependency d : s.governorsOf(token)) {
            if (d.governor() < 0) {
                continue;
            }
            if (best == null || best.base().equals("conj") && !d.base().equals("conj")) {
                best = d;
            }
        }
        return best;
    }

    private static Tense tenseOf(Sentence s, int verb) {
        Token v = s.token(verb);
        List<Dependency> dependents = s.dependentsOf(verb);
        boolean scheduled = SCHEDULED.contains(v.lemma().toLowerCase(Locale.ROOT)) && v.tag().equals("VBN");
        for (Dependency d : dependents) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (d.base().equals("aux") && FUTURE_AUXILIARIES.contains(w)) {
                return Tense.FUTURE;
            }
            if (d.base().equals("mark") && w.equals("to")) {
                return Tense.FUTURE; // "plans to leave Thursday"
            }
            if (d.relation().startsWith("aux") && lemma.equals("have")) {
                return s.token(d.dependent()).tag().equals("VBD") || v.tag().equals("VBN") ? Tense.PAST : Tense.OTHER;
            }
            if (d.relation().startsWith("aux") && lemma.equals("be")) {
                String tag = s.token(d.dependent()).tag();
                if (tag.equals("VBD")) {
                    return Tense.PAST;
                }
                if ((tag.equals("VBZ") || tag.equals("VBP")) && (v.tag().equals("VBG") || scheduled)) {
                    return Tense.FUTURE; // "is meeting Friday", "is expected Friday"
                }
            }
        }
        return v.tag().equals("VBD") ? Tense.PAST : Tense.OTHER;
    }

    private static Tense nearestFiniteVerb(Sentence s, Timex t) {
        for (int i = t.tokenStart() - 1; i >= 0; i--) {
            Token token = s.token(i);
            if (FUTURE_AUXILIARIES.contains(token.word().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            if (token.tag().equals("VBD")) {
                return Tense.PAST;
            }
            if (token.tag().equals("VBZ") || token.tag().equals("VBP")) {
                return Tense.OTHER;
            }
        }
        return Tense.OTHER;
    }
}
