package io.storyline.analysis.events.timeml;

import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Token;
import java.util.Set;

/**
 * An event mention's grammar, read off its auxiliaries and the clauses above it: tense, aspect, polarity,
 * modality, and whether it is told as having happened.
 */
final class Grammar {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> WILL = Set.of("will", "shall", "'ll", "wo", "ll");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> UNREAL = Set.of("planned", "proposed", "possible", "potential", "future",
            "upcoming", "expected", "prospective", "likely", "imminent", "anticipated");
    /** Relations that embed a clause in a verb's: what it reports, wants or tries. */
    private static final Set<String> EMBEDDING = Set.of("ccomp", "xcomp", "csubj", "parataxis");
    /** Relations that make a noun an argument of a verb: its event shares the verb's factuality. */
    private static final Set<String> ARGUMENT = Set.of("obj", "nsubj", "obl", "iobj");

    private final Tree tree;
    private final Factuality[] memo;

    Grammar(Tree tree) {
        this.tree = tree;
        this.memo = new Factuality[tree.size()];
    }

    EventMention mention(int sentence, Token t, boolean verb) {
        int i = t.index();
        String modal = verb ? modal(i) : null;
        Tense tense = verb ? tense(t, modal) : Tense.NONE;
        Aspect aspect = verb ? aspect(t) : Aspect.NONE;
        boolean negated = negated(i);
        String modality = modal == null || WILL.contains(modal) ? null : modal;
        return new EventMention(sentence, i, t.begin(), t.end(), t.word(), tree.lemma(i), verb,
                EventWords.classOf(tree.lemma(i), verb), tense, aspect, negated, modality, factuality(i, 0));
    }

    /** The modal among a verb's auxiliaries, lower case, or null. */
    private String modal(int i) {
        for (Dependency d : tree.down(i)) {
            if (d.base().equals("aux") && tree.tag(d.dependent()).equals("MD")) {
                return tree.lower(d.dependent());
            }
        }
        return null;
    }

    private Tense tense(Token t, String modal) {
        if (modal != null) {
            return WILL.contains(modal) ? Tense.FUTURE : Tense.NONE;
        }
        String finite = t.tag();
        int first = t.index();
        boolean to = false;
        for (Dependency d : tree.down(t.index())) {
            if (d.base().equals("aux") || d.base().equals("mark") || d.base().equals("cop")) {
                if (tree.lower(d.dependent()).equals("to")) {
                    to = true;
                } else if (d.base().startsWith("aux") && d.dependent() < first) {
                    first = d.dependent();
                    finite = tree.tag(first);
                }
            }
        }
        return switch (finite) {
            case "VBD" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            case "VBG" -> first == t.index() ? Tense.PRESPART : Tense.NONE;
            case "VBN" -> first == t.index() ? Tense.PASTPART : Tense.NONE;
            case "VB" -> to ? Tense.INFINITIVE : Tense.NONE;
            default -> Tense.NONE;
        };
    }

    private Aspect aspect(Token t) {
        boolean perfect = false;
        boolean progressive = false;
        for (Dependency d : tree.down(t.index())) {
            if (!d.base().equals("aux")) {
                continue;
            }
            String lemma = tree.lemma(d.dependent());
            if (lemma.equals("have")) {
                perfect = true;
            } else if (lemma.equals("be") && (t.tag().equals("VBG") && d.relation().equals("aux")
                    || tree.lower(d.dependent()).equals("being"))) {
                progressive = true;
            }
        }
        if (perfect && progressive) {
            return Aspect.PERFECTIVE_PROGRESSIVE;
        }
        return perfect ? Aspect.PERFECTIVE : progressive ? Aspect.PROGRESSIVE : Aspect.NONE;
    }

    private boolean negated(int i) {
        for (Dependency d : tree.down(i)) {
            String base = d.base();
            if ((base.equals("advmod") || base.equals("det") || base.equals("neg") || base.equals("cc:preconj"))
                    && NEGATORS.contains(tree.lower(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** What the event's own words say of it, or null when they say nothing (then the clause above decides). */
    private Factuality own(int i) {
        if (negated(i)) {
            return Factuality.NEGATED;
        }
        String modal = tree.tag(i).startsWith("VB") ? modal(i) : null;
        if (modal != null) {
            return WILL.contains(modal) ? Factuality.FUTURE : Factuality.HYPOTHETICAL;
        }
        for (Dependency d : tree.down(i)) {
            String word = tree.lower(d.dependent());
            if (d.base().equals("mark") && CONDITIONS.contains(word)
                    || d.base().equals("amod") && UNREAL.contains(word)) {
                return Factuality.HYPOTHETICAL;
            }
        }
        return null;
    }

    /** Whether the event is told as having happened, from its own words and then the clauses above it. */
    private Factuality factuality(int i, int depth) {
        if (i < memo.length && memo[i] != null) {
            return memo[i];
        }
        Factuality own = own(i);
        Factuality found = own != null ? own : inherited(i, depth);
        if (i < memo.length) {
            memo[i] = found;
        }
        return found;
    }

    private Factuality inherited(int i, int depth) {
        int g = tree.governor(i);
        if (g < 0 || depth > 6) {
            return Factuality.ASSERTED;
        }
        String relation = tree.relation(i);
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        boolean governorIsVerb = tree.tag(g).startsWith("VB");
        if (EMBEDDING.contains(base)) {
            Factuality above = factuality(g, depth + 1);
            if (above == Factuality.FUTURE || above == Factuality.HYPOTHETICAL || above == Factuality.NEGATED) {
                return Factuality.HYPOTHETICAL;
            }
            String lemma = tree.lemma(g);
            if (EventWords.reporting(lemma) && !base.equals("xcomp")) {
                return Factuality.REPORTED;
            }
            if (EventWords.intensional(lemma)) {
                return Factuality.HYPOTHETICAL;
            }
            return above;
        }
        if (base.equals("conj") || ARGUMENT.contains(base) && governorIsVerb && !tree.tag(i).startsWith("VB")) {
            if (base.equals("obj") && EventWords.intensional(tree.lemma(g))) {
                return Factuality.HYPOTHETICAL;
            }
            return factuality(g, depth + 1);
        }
        return Factuality.ASSERTED;
    }
}
