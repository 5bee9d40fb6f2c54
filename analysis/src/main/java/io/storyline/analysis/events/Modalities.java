package io.storyline.analysis.events;

import io.storyline.analysis.language.Dependency;
import io.storyline.domain.event.Modality;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a clause presents its event. Negation ("did not meet", "no agreement", "refused to meet") comes first, then
 * what lies ahead or may not happen ("will carry out", "plans to visit", "a potential invasion", "efforts to reach a
 * ceasefire"), then what someone else reports ("it was reported that ...", "X said ... would"), else asserted.
 * "did not fail to accuse" is asserted: a negated failure is a success.
 */
final class Modalities {

    private static final List<String> NEGATORS = List.of("not", "n't", "never", "no", "neither", "nor");
    private static final List<String> FUTURE = List.of("will", "would", "shall", "'ll", "wo", "could", "might", "may");
    private static final Set<String> INTENT = Set.of("plan", "intend", "vow", "threaten", "aim", "prepare", "seek",
            "want", "hope", "expect", "pledge", "promise", "decide", "try", "attempt", "push", "demand", "urge",
            "call", "propose", "consider", "mull", "weigh", "need", "effort", "bid", "wish", "agree", "offer",
            "ready", "able", "set", "likely", "about");
    private static final Set<String> HYPOTHETICAL = Set.of("potential", "possible", "planned", "proposed", "upcoming",
            "future", "expected", "imminent", "looming", "prospective", "anticipated");
    private static final Set<String> ATTITUDE = Set.of("oppose", "reject", "fear", "warn", "prevent", "avoid", "seek",
            "want", "demand", "urge", "call", "push", "press", "support", "back", "welcome", "propose", "plan",
            "consider", "discuss", "expect", "await", "hope", "need", "require", "resist", "block", "delay", "threaten",
            "rule", "dismiss", "deny");
    private static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "reject", "deny", "avoid", "stop");
    private static final Set<String> SUCCEEDING = Set.of("manage", "succeed", "continue", "begin", "start", "resume");
    static final Set<String> REPORTING = Set.of("say", "tell", "report", "state", "claim", "announce", "add",
            "allege", "quote", "cite", "confirm", "reveal", "write", "tweet", "post", "according", "reiterate",
            "stress", "insist", "note", "explain", "indicate", "suggest", "believe", "think", "warn");

    private Modalities() {
    }

    static Modality of(Parse parse, Triggers.Match trigger, Clauses clauses, boolean isStatement) {
        if (!parse.parsed()) {
            return Modality.ASSERTED;
        }
        int head = trigger.head();
        int clauseHead = clauses.headOf(trigger);
        if (negated(parse, head) || clauseHead != head && negated(parse, clauseHead)) {
            return Modality.NEGATED;
        }
        Modality governed = governedBy(parse, clauseHead);
        if (governed != null) {
            return governed;
        }
        if (future(parse, head) || clauseHead != head && future(parse, clauseHead) || hypothetical(parse, head)
                || conditional(parse, clauseHead) || unrealisedNoun(parse, trigger, clauseHead)) {
            return Modality.PLANNED;
        }
        Modality ofVerb = ofGoverningVerb(parse, trigger, clauseHead);
        if (ofVerb != null) {
            return ofVerb;
        }
        if (reported(parse, clauseHead, isStatement)) {
            return Modality.REPORTED;
        }
        return Modality.ASSERTED;
    }

    private static boolean negated(Parse parse, int i) {
        return parse.hasDependent(i, List.of("advmod", "neg", "det", "cc:preconj"), NEGATORS);
    }

    private static boolean future(Parse parse, int i) {
        return parse.hasDependent(i, List.of("aux"), FUTURE)
                || parse.hasDependent(i, List.of("aux"), List.of("going")) && parse.hasDependent(i, List.of("mark"),
                List.of("to"));
    }

    /** "whether a deal is reached", "if talks resume", "unless ...". */
    private static boolean conditional(Parse parse, int i) {
        return parse.hasDependent(i, List.of("mark"), List.of("if", "whether", "unless"));
    }

    /**
     * A noun event that nothing says took place: "standing in the way of a ceasefire" (an indefinite noun that only
     * completes another noun), "opposes the invasion", "calls for a truce" (the object of a wish or a refusal).
     */
    private static boolean unrealisedNoun(Parse parse, Triggers.Match trigger, int clauseHead) {
        int head = trigger.head();
        if (trigger.kind() != Triggers.Kind.NOUN) {
            return false;
        }
        Dependency up = parse.up(head);
        if (up != null && parse.token(up.governor()).isVerb()
                && ATTITUDE.contains(parse.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                && (up.base().equals("obj") || up.relation().equals("obl:for") || up.relation().equals("obl:against"))) {
            return true;
        }
        return clauseHead == head && up != null && parse.token(up.governor()).isNoun()
                && parse.hasDependent(head, List.of("det"), List.of("a", "an", "any"));
    }

    /**
     * A noun event that is only the object of another verb's clause takes that clause's modality: "vowed to
     * intensify their protests" and "will step up the strikes" lie ahead, "did not end the strike" is denied.
     */
    private static Modality ofGoverningVerb(Parse parse, Triggers.Match trigger, int clauseHead) {
        if (trigger.kind() != Triggers.Kind.NOUN || clauseHead != trigger.head()) {
            return null;
        }
        Dependency up = parse.up(trigger.head());
        if (up == null || !up.base().equals("obj") || !parse.token(up.governor()).isVerb()) {
            return null;
        }
        int verb = up.governor();
        if (negated(parse, verb)) {
            return Modality.NEGATED;
        }
        Modality governed = governedBy(parse, verb);
        if (governed == Modality.NEGATED || governed == Modality.PLANNED) {
            return governed;
        }
        return future(parse, verb) || conditional(parse, verb) ? Modality.PLANNED : null;
    }

    private static boolean hypothetical(Parse parse, int i) {
        return parse.hasDependent(i, List.of("amod"), List.copyOf(HYPOTHETICAL));
    }

    /**
     * An infinitive's modality comes from what governs it: "fails to meet" is negated, "manages to meet" asserted,
     * "plans to meet" (and most others) planned.
     */
    private static Modality governedBy(Parse parse, int clauseHead) {
        Dependency up = parse.up(clauseHead);
        boolean infinitive = parse.hasDependent(clauseHead, List.of("mark"), List.of("to"));
        if (up == null) {
            return null;
        }
        String governor = parse.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
        boolean thatClause = up.base().equals("ccomp") && !infinitive;
        boolean complement = up.base().equals("xcomp") || up.base().equals("ccomp")
                || up.base().equals("acl") && infinitive || up.base().equals("advcl") && infinitive;
        if (!complement) {
            return null;
        }
        if (thatClause) {
            // "demanding that a deal be reached" is wished for; "said that they met" is only reported
            return INTENT.contains(governor) ? Modality.PLANNED : null;
        }
        if (FAILING.contains(governor)) {
            return negated(parse, up.governor()) ? Modality.ASSERTED : Modality.NEGATED;
        }
        if (SUCCEEDING.contains(governor)) {
            return negated(parse, up.governor()) ? Modality.NEGATED : null;
        }
        if (INTENT.contains(governor) || infinitive) {
            return negated(parse, up.governor()) ? Modality.NEGATED : Modality.PLANNED;
        }
        return null;
    }

    /** Whether the clause is what someone says or reports: a complement of a reporting verb, or "according to". */
    private static boolean reported(Parse parse, int clauseHead, boolean isStatement) {
        if (parse.hasDependent(clauseHead, List.of("obl", "obl:according_to", "advmod"), List.of("according"))
                || parse.down(clauseHead).stream().anyMatch(d -> d.relation().startsWith("obl:according"))) {
            return !isStatement;
        }
        int at = clauseHead;
        for (int step = 0; step < 4; step++) {
            Dependency up = parse.up(at);
            if (up == null) {
                return false;
            }
            String relation = up.base();
            String governor = parse.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
            if ((relation.equals("ccomp") || relation.equals("parataxis")) && REPORTING.contains(governor)) {
                return true;
            }
            if (!relation.equals("conj") && !relation.equals("xcomp")) {
                return false;
            }
            at = up.governor();
        }
        return false;
    }
}
