package io.storyline.analysis.events;

import io.storyline.analysis.language.Dependency;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clause each trigger belongs to, named by its verb. A verb trigger heads its own clause. A noun trigger
 * shares the clause of a support verb it is an argument of ("held a meeting", "carry out an operation", "a meeting
 * will be held"), and "upon meeting" shares its verb's; a noun under any other verb ("opposes the invasion") is an
 * event of its own. A participle or adjective trigger ("protesting families") belongs to the verb its noun hangs
 * from ("surrounded by protesting families").
 */
final class Clauses {

    /** Verbs that only carry a noun's event: "hold a meeting", "launch an attack", "the talks took place". */
    static final Set<String> SUPPORT = Set.of("hold", "have", "take", "make", "give", "carry", "conduct", "stage",
            "launch", "reach", "sign", "begin", "start", "continue", "resume", "attend", "join", "host", "organize",
            "organise", "lead", "mount", "wage", "deliver", "happen", "occur", "end", "conclude", "complete", "finish",
            "be", "get", "receive", "announce", "order", "approve", "seal", "strike", "broker", "finalize", "finalise");
    private static final Set<String> CORE = Set.of("obj", "nsubj", "nsubj:pass", "iobj", "xcomp", "dep",
            "obl:tmod", "appos", "obl:upon", "nmod:upon");
    private static final Set<String> NOUN_TO_VERB = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent",
            "obl:by", "dep");

    private final Parse parse;
    private final List<Triggers.Match> matches;
    private final Map<Triggers.Match, Integer> heads = new IdentityHashMap<>();
    private final Map<Triggers.Match, Integer> modified = new IdentityHashMap<>();

    Clauses(Parse parse, List<Triggers.Match> matches) {
        this.parse = parse;
        this.matches = matches;
        for (Triggers.Match m : matches) {
            Dependency up = parse.parsed() ? parse.up(m.head()) : null;
            boolean modifier = up != null && (up.base().equals("amod") || up.base().equals("acl"))
                    && (m.kind() == Triggers.Kind.ADJECTIVE || m.kind() == Triggers.Kind.VERB)
                    && parse.token(up.governor()).isNoun();
            if (modifier) {
                modified.put(m, up.governor());
                heads.put(m, verbOfNoun(up.governor(), m.head()));
            } else {
                heads.put(m, climb(m.head()));
            }
        }
    }

    private int climb(int token) {
        if (!parse.parsed() || parse.token(token).isVerb()) {
            return token;
        }
        int at = token;
        for (int step = 0; step < 3; step++) {
            Dependency up = parse.up(at);
            if (up == null || !CORE.contains(up.relation()) && !CORE.contains(up.base())) {
                return token;
            }
            at = up.governor();
            if (parse.token(at).isVerb()) {
                String lemma = parse.token(at).lemma().toLowerCase(Locale.ROOT);
                return SUPPORT.contains(lemma) || up.subtype().equals("upon") ? at : token;
            }
        }
        return token;
    }

    private int verbOfNoun(int noun, int fallback) {
        Dependency up = parse.up(noun);
        if (up != null && (NOUN_TO_VERB.contains(up.relation()) || NOUN_TO_VERB.contains(up.base()))
                && parse.token(up.governor()).isVerb()) {
            return up.governor();
        }
        return fallback;
    }

    int headOf(Triggers.Match m) {
        return heads.get(m);
    }

    /** The noun a participle or adjective trigger describes ("families" of "protesting families"), or -1. */
    int modifiedNoun(Triggers.Match m) {
        return modified.getOrDefault(m, -1);
    }

    /** Whether the trigger tells a clause of its own (a verb, or a noun with a support verb), not a side remark. */
    boolean isClauseLevel(Triggers.Match m) {
        return parse.token(m.head()).isVerb() && modifiedNoun(m) < 0 || headOf(m) != m.head() && modifiedNoun(m) < 0;
    }

    /** The triggers a token stands for: those it triggers, and those whose clause it heads. */
    List<Triggers.Match> owning(int token) {
        List<Triggers.Match> owners = new ArrayList<>();
        for (Triggers.Match m : matches) {
            if (m.head() == token) {
                owners.add(m);
            }
        }
        if (owners.isEmpty()) {
            for (Triggers.Match m : matches) {
                if (heads.get(m) == token) {
                    owners.add(m);
                }
            }
        }
        return owners;
    }

    /** The triggers that claim a phrase headed at {@code token}: the first ones met walking up the parse from it. */
    List<Triggers.Match> claiming(int token) {
        if (!parse.parsed()) {
            return List.of();
        }
        int at = token;
        for (int step = 0; step < 8; step++) {
            Dependency up = parse.up(at);
            if (up == null) {
                return List.of();
            }
            at = up.governor();
            List<Triggers.Match> owners = owning(at);
            if (!owners.isEmpty()) {
                return owners;
            }
        }
        return List.of();
    }

    /** The token of a span whose head lies outside it: where the span hangs in the parse. */
    int headOfSpan(int start, int end) {
        for (int i = start; i < end; i++) {
            Dependency up = parse.up(i);
            if (up == null || up.governor() < start || up.governor() >= end) {
                return i;
            }
        }
        return end - 1;
    }
}
