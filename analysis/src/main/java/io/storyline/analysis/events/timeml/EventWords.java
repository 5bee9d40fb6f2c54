package io.storyline.analysis.events.timeml;

import java.util.Arrays;
import java.util.Set;

/**
 * The words the layer knows by heart: which nouns name events, and which verbs belong to TimeML's classes other
 * than OCCURRENCE. Nouns are eventive by class, not one by one: a closed list of event nouns, nouns that are also
 * event verbs, and deverbal nouns (-sion, -ment, -sis) with a stop list of those that name things; nouns that name
 * amounts ("earnings") or things as often as events ("the case") are never events.
 */
final class EventWords {

    /** Nouns that name events and derive from no suffix rule. */
    private static final Set<String> NOUNS = words("war", "attack", "election", "meeting", "crisis", "talk",
            "summit", "visit", "trip", "strike", "raid", "vote", "protest", "trial", "fight", "battle", "conflict",
            "rise", "fall", "decline", "increase", "drop", "gain", "loss", "sale", "purchase", "deal", "bid", "offer",
            "launch", "release", "move", "change", "cut", "call", "search", "arrest", "return", "rally", "crash",
            "collapse", "bombing", "death", "birth", "growth", "murder", "killing", "shooting", "assault", "invasion",
            "ceremony", "funeral", "wedding", "party", "game", "match", "race", "campaign", "war", "crime", "riot",
            "earthquake", "storm", "flood", "fire", "explosion", "blast", "accident", "incident", "event", "merger",
            "takeover", "acquisition", "buyout", "deal", "agreement", "treaty", "truce", "ceasefire", "peace",
            "effort", "plan", "program", "scandal", "case", "charge", "lawsuit", "suit", "hearing", "inquiry",
            "probe", "investigation", "review", "debate", "discussion", "negotiation", "conference", "session",
            "interview", "speech", "announcement", "statement", "report", "comment", "remark", "warning", "threat",
            "demand", "request", "appeal", "decision", "ruling", "verdict", "sentence", "victory", "defeat", "win",
            "success", "failure", "recovery", "recession", "boom", "slump", "slowdown", "downturn", "surge",
            "jump", "climb", "slide", "plunge", "rebound", "hike", "reduction", "layoff", "closure", "delay",
            "dispute", "struggle", "violence", "unrest", "revolt", "uprising", "coup", "siege", "bombardment",
            "withdrawal", "departure", "arrival", "approval", "proposal", "refusal", "dismissal", "removal",
            "renewal", "survival", "denial", "disposal", "rejection", "resignation", "retirement", "appointment",
            "nomination", "promotion", "transfer", "payment", "loan", "investment", "spending", "trade", "trading",
            "deployment", "operation", "mission", "exercise", "test", "experiment", "study", "survey", "poll",
            "shutdown", "outbreak", "epidemic", "injury", "damage", "help", "support", "aid", "rescue", "escape",
            "flight", "journey", "tour", "reform", "restructuring", "bankruptcy", "default", "deficit", "stay",
            "work", "job", "hit", "kill", "shot", "wound", "blow", "step", "action", "activity", "use", "sanction",
            "embargo", "ban", "block", "boycott", "sign", "signing", "start", "beginning", "end", "finish", "stop",
            "halt", "pause", "break", "shift", "turn", "lead", "record", "shortage", "surplus", "profit", "earnings",
            "revenue", "income", "expansion", "contraction", "inflation", "deflation", "dividend", "split",
            "offering", "issue", "auction", "hearing", "succession", "killings", "attempt", "try", "crackdown");

    /** Deverbal-looking nouns that name things, people, places or institutions, not events. */
    private static final Set<String> NOT_EVENTS = words("nation", "station", "portion", "population", "region",
            "condition", "institution", "organization", "organisation", "foundation", "administration", "corporation",
            "commission", "tradition", "option", "section", "fraction", "emotion", "notion", "question", "position",
            "ration", "relation", "location", "information", "edition", "generation", "function", "mention",
            "caption", "nutrition", "jurisdiction", "constitution", "association", "federation", "coalition",
            "population", "legislation", "version", "division", "television", "mansion", "tension", "pension",
            "commission", "occasion", "dimension", "provision", "vision", "session", "profession", "mission",
            "government", "department", "apartment", "parliament", "equipment", "document", "element", "moment",
            "segment", "supplement", "instrument", "monument", "sentiment", "environment", "compartment", "fragment",
            "implement", "pavement", "management", "comment", "basement", "garment", "cement", "torment", "amendment",
            "official", "capital", "total", "animal", "hospital", "signal", "journal", "rival", "general", "criminal",
            "individual", "material", "principal", "arsenal", "festival", "interval", "potential", "professional",
            "legislature", "structure", "culture", "future", "feature", "nature", "picture", "signature", "measure",
            "procedure", "literature", "temperature", "furniture", "mixture", "creature", "figure", "venture",
            "building", "morning", "evening", "thing", "something", "nothing", "anything", "everything", "king",
            "ring", "string", "wing", "spring", "ceiling", "clothing", "housing", "funding", "earning", "meaning",
            "setting", "feeling", "ending", "opening", "heading", "holding", "being", "offspring", "sibling",
            "analysis", "basis", "thesis", "emphasis", "oasis", "synopsis", "diagnosis", "genesis");

    /**
     * Suffixes of nouns made from verbs that name the act more often than its result. -tion, -ance, -ence and -ure
     * name results and institutions as often ("the nation", "the evidence", "the structure"): their event nouns
     * are listed one by one.
     */
    private static final String[] DEVERBAL = {"sion", "ment", "sis"};
    /** Nouns that name amounts, not the events that make them: "earnings rose", "sales of $3 million". */
    private static final Set<String> MEASURES = words("earnings", "profit", "revenue", "income", "dividend", "sale",
            "deficit", "surplus", "debt", "price", "cost");
    /** Nouns that name a thing or a matter at least as often as an event: "the case", "a job", "the issue". */
    private static final Set<String> POLYSEMOUS = words("case", "issue", "program", "record", "job", "party",
            "trade", "loan", "support", "work", "use", "sign", "aid", "help", "addition", "connection", "plan",
            "report", "charge");
    private static final Set<String> REPORTING = words("say", "tell", "report", "announce", "state", "claim",
            "add", "quote", "cite", "confirm", "reveal", "write", "declare", "comment", "explain", "note", "predict",
            "reply", "respond", "testify", "insist", "acknowledge", "admit", "deny", "assert", "disclose", "estimate",
            "argue", "contend", "maintain", "indicate", "suggest", "describe", "warn", "statement", "announcement",
            "remark", "according");
    private static final Set<String> I_ACTION = words("try", "attempt", "seek", "plan", "promise", "vow", "pledge",
            "offer", "propose", "ask", "urge", "order", "demand", "request", "call", "appeal", "agree", "decide",
            "refuse", "decline", "reject", "prevent", "allow", "permit", "approve", "authorize", "authorise",
            "force", "persuade", "convince", "threaten", "intend", "prepare", "delay", "postpone", "cancel",
            "avoid", "investigate", "accuse", "charge", "name", "nominate", "appoint", "elect", "choose",
            "select", "help", "encourage", "require", "ban", "block", "bar", "forbid", "veto", "schedule",
            "effort", "attempt", "plan", "proposal", "agreement", "decision", "investigation");
    private static final Set<String> I_STATE = words("want", "believe", "think", "hope", "fear", "expect",
            "wish", "like", "love", "hate", "doubt", "know", "feel", "consider", "assume", "suspect", "worry",
            "need", "prefer", "intend", "anticipate", "imagine", "suppose", "mean", "plan", "likely", "able",
            "unable", "ready", "willing", "afraid", "concern", "confident", "aware");
    private static final Set<String> ASPECTUAL = words("begin", "start", "continue", "keep", "stop", "end",
            "finish", "complete", "resume", "cease", "quit", "halt", "initiate", "launch", "terminate",
            "beginning", "end", "completion", "resumption");
    private static final Set<String> PERCEPTION = words("see", "hear", "watch", "observe", "notice", "spot",
            "witness", "view", "perceive", "listen", "sight");
    private static final Set<String> STATES = words("be", "have", "own", "remain", "stay", "exist", "contain",
            "include", "belong", "consist", "seem", "appear", "lack", "hold", "possess", "resemble", "depend",
            "live", "cost", "worth", "available", "responsible", "due", "crisis", "peace", "war", "conflict",
            "tension", "unrest", "violence");

    private EventWords() {
    }

    /** A set from a list that may name a word twice. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Whether a noun (by lemma, lower case) names an event. */
    static boolean eventNoun(String lemma) {
        if (MEASURES.contains(lemma) || POLYSEMOUS.contains(lemma)) {
            return false;
        }
        if (lemma.length() < 4 || NOT_EVENTS.contains(lemma)) {
            return NOUNS.contains(lemma);
        }
        if (NOUNS.contains(lemma)) {
            return true;
        }
        for (String suffix : DEVERBAL) {
            if (lemma.endsWith(suffix) && lemma.length() > suffix.length() + 3) {
                return true;
            }
        }
        return false;
    }

    static EventClass classOf(String lemma, boolean verb) {
        if (REPORTING.contains(lemma)) {
            return EventClass.REPORTING;
        }
        if (PERCEPTION.contains(lemma)) {
            return EventClass.PERCEPTION;
        }
        if (ASPECTUAL.contains(lemma)) {
            return EventClass.ASPECTUAL;
        }
        if (I_STATE.contains(lemma)) {
            return EventClass.I_STATE;
        }
        if (I_ACTION.contains(lemma)) {
            return EventClass.I_ACTION;
        }
        return STATES.contains(lemma) || !verb && lemma.endsWith("ence") ? EventClass.STATE : EventClass.OCCURRENCE;
    }

    static boolean reporting(String lemma) {
        return REPORTING.contains(lemma);
    }

    /** Verbs and nouns after which the introduced event has not (yet) happened: "wants to buy", "plans to sell". */
    static boolean intensional(String lemma) {
        EventClass c = classOf(lemma, true);
        return (c == EventClass.I_STATE || c == EventClass.I_ACTION) && !Set.of("know", "agree", "decide",
                "investigate", "accuse", "charge", "name", "appoint", "elect", "help", "feel").contains(lemma);
    }
}
