package io.storyline.analysis.events;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Token;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.event.ParticipantRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event's participants and place, read from the dependencies of its trigger and of the verb of its clause:
 * the subject acts, the object is acted on, "with" names the other side, "to" the one told or given, "in" and
 * "at" the place. "He" and "she" stand for the person the story last made a subject.
 */
final class Arguments {

    private static final Map<String, ParticipantRole> VERB_ROLES = Map.ofEntries(
            Map.entry("nsubj", ParticipantRole.AGENT), Map.entry("nsubj:xsubj", ParticipantRole.AGENT),
            Map.entry("nsubj:pass", ParticipantRole.TARGET), Map.entry("obj", ParticipantRole.TARGET),
            Map.entry("iobj", ParticipantRole.RECIPIENT), Map.entry("obl:with", ParticipantRole.PARTICIPANT),
            Map.entry("obl:to", ParticipantRole.RECIPIENT), Map.entry("obl:against", ParticipantRole.TARGET),
            Map.entry("obl:agent", ParticipantRole.AGENT), Map.entry("obl:by", ParticipantRole.AGENT));
    private static final Map<String, ParticipantRole> NOUN_ROLES = Map.ofEntries(
            Map.entry("nmod:poss", ParticipantRole.AGENT), Map.entry("nmod:between", ParticipantRole.PARTICIPANT),
            Map.entry("nmod:among", ParticipantRole.PARTICIPANT), Map.entry("nmod:with", ParticipantRole.PARTICIPANT),
            Map.entry("nmod:by", ParticipantRole.AGENT), Map.entry("nmod:against", ParticipantRole.TARGET),
            Map.entry("nmod:on", ParticipantRole.TARGET), Map.entry("nmod:to", ParticipantRole.RECIPIENT),
            Map.entry("compound", ParticipantRole.AGENT), Map.entry("amod", ParticipantRole.AGENT));
    /** Types whose "of" names who or what is acted on ("invasion of Rafah", "arrest of X"), not a side. */
    private static final Set<String> ACTED_ON = Set.of("MILITARY_OPERATION", "ARREST", "RELEASE", "DEATH",
            "ACCUSATION", "APPOINTMENT", "ACQUISITION", "PRODUCT_LAUNCH", "INVESTIGATION", "COURT_RULING");
    private static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:near",
            "nmod:near", "obl:inside", "obl:outside", "nmod:outside", "obl:across", "obl:into");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> SPEECH = Set.of("STATEMENT", "ACCUSATION");
    private static final int NEAR = 8;

    /** A token that may name a participant; {@code group} when words that name no entity may stand as one. */
    private record Candidate(int token, ParticipantRole role, boolean group) {
    }

    private final Parse parse;
    private final EntityAnalysis entities;
    private final Narrative narrative;

    Arguments(Parse parse, EntityAnalysis entities, Narrative narrative) {
        this.parse = parse;
        this.entities = entities;
        this.narrative = narrative;
    }

    List<FoundParticipant> participants(Triggers.Match m, Clauses clauses) {
        if (!parse.parsed()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        int head = m.head();
        int clauseHead = clauses.headOf(m);
        int noun = clauses.modifiedNoun(m);
        boolean statement = m.type().equals("STATEMENT");
        if (noun >= 0) {
            // "protesting families": the families protest; "the detained man": the man is detained
            boolean passive = parse.token(head).tag().equals("VBN");
            candidates.add(new Candidate(noun, passive ? ParticipantRole.TARGET : ParticipantRole.AGENT, true));
        } else if (parse.token(head).isVerb()) {
            collect(head, statement, candidates);
            if (candidates.stream().noneMatch(c -> c.role() == ParticipantRole.AGENT)) {
                subjectElsewhere(head).ifPresent(t -> candidates.add(new Candidate(t, ParticipantRole.AGENT, true)));
            }
        } else {
            for (Dependency d : parse.down(head)) {
                ParticipantRole role = NOUN_ROLES.get(d.relation());
                if (d.relation().equals("nmod:of")) {
                    role = ACTED_ON.contains(m.type()) ? ParticipantRole.TARGET : ParticipantRole.PARTICIPANT;
                }
                if (role != null) {
                    candidates.add(new Candidate(d.dependent(), role, false));
                }
            }
        }
        if (clauseHead != head) {
            int below = noun >= 0 ? noun : head;
            for (Dependency d : parse.down(clauseHead)) {
                ParticipantRole role = VERB_ROLES.get(d.relation());
                if (role == null || d.dependent() == below || d.relation().equals("obj")) {
                    continue;
                }
                candidates.add(new Candidate(d.dependent(), role, role == ParticipantRole.AGENT));
            }
        }
        candidates.sort(Comparator.comparingInt(c -> c.role().ordinal()));
        List<FoundParticipant> found = new ArrayList<>();
        for (Candidate c : candidates) {
            participant(c).ifPresent(p -> {
                boolean known = found.stream().anyMatch(f -> p.entity() != null ? p.entity() == f.entity()
                        : f.entity() == null && f.name().equals(p.name()));
                if (!known) {
                    found.add(p);
                }
            });
        }
        // words that name no entity stand as a participant only where no entity has that role
        found.removeIf(p -> p.entity() == null && found.stream().anyMatch(f -> f.entity() != null
                && f.role() == p.role()));
        return found;
    }

    /**
     * The subject of a verb the parse left without one: that of the verb it is conjoined to ("discussed ... and
     * reiterated"), else a name just before it ("..., the Department of State said").
     */
    private Optional<Integer> subjectElsewhere(int verb) {
        Dependency up = parse.up(verb);
        if (up != null && up.base().equals("conj")) {
            for (Dependency d : parse.down(up.governor())) {
                if (d.base().equals("nsubj")) {
                    return Optional.of(d.dependent());
                }
            }
        }
        int sentence = parse.sentence().index();
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            Optional<EntityAnalysis.Located> at = entities.at(sentence, i);
            if (at.isPresent()) {
                EntityType type = at.get().entity().type();
                return type == EntityType.PERSON || type == EntityType.ORGANIZATION ? Optional.of(i) : Optional.empty();
            }
            if (parse.token(i).isVerb()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void collect(int head, boolean statement, List<Candidate> into) {
        for (Dependency d : parse.down(head)) {
            ParticipantRole role = VERB_ROLES.get(d.relation());
            if (role == ParticipantRole.TARGET && statement && d.relation().equals("obj")) {
                role = ParticipantRole.RECIPIENT; // "told Al Mayadeen"
            }
            if (role != null) {
                into.add(new Candidate(d.dependent(), role, d.base().equals("nsubj")));
            }
        }
    }

    private Optional<FoundParticipant> participant(Candidate c) {
        int sentence = parse.sentence().index();
        Optional<EntityAnalysis.Located> at = entities.at(sentence, c.token());
        if (at.isPresent()) {
            var l = at.get();
            return Optional.of(new FoundParticipant(l.entity().name(), l.entity(), c.role(), l.mention().begin(),
                    l.mention().end()));
        }
        Token t = parse.token(c.token());
        if (t.markup()) {
            return Optional.empty();
        }
        if (PERSONAL.contains(t.word().toLowerCase(Locale.ROOT))) {
            return narrative.antecedent(parse.sentence(), parse, c.token()).map(e -> new FoundParticipant(e.name(), e,
                    c.role(), t.begin(), t.end()));
        }
        if (c.group() && (t.tag().equals("NNS") || t.tag().equals("NN")) && Groups.namesPeople(t)) {
            return Optional.of(phrase(c.token(), c.role()));
        }
        return Optional.empty();
    }

    /**
     * A group the text describes: the noun with its modifiers and its "of" phrase ("families of Israeli captives"),
     * in words only: modifiers before markup, and an "of" phrase holding markup, are left out ("families of
     * <b>Israeli</b> captives" is "families").
     */
    private FoundParticipant phrase(int noun, ParticipantRole role) {
        int start = noun;
        int end = noun + 1;
        for (Dependency d : parse.down(noun)) {
            String r = d.base();
            if ((r.equals("amod") || r.equals("compound") || r.equals("nummod")) && d.dependent() < noun) {
                start = Math.min(start, leftmost(d.dependent()));
            }
            if (d.relation().equals("nmod:of") && d.dependent() > noun && d.dependent() - noun <= 4) {
                end = Math.max(end, d.dependent() + 1);
            }
        }
        for (int i = start; i < end; i++) {
            if (parse.token(i).markup()) {
                if (i < noun) {
                    start = i + 1;
                } else {
                    end = noun + 1;
                }
            }
        }
        Token first = parse.token(start);
        Token last = parse.token(end - 1);
        String words = String.join(" ", parse.sentence().tokens().subList(start, end).stream().map(Token::word).toList());
        return new FoundParticipant(words, null, role, first.begin(), last.end());
    }

    private int leftmost(int token) {
        int left = token;
        for (Dependency d : parse.down(token)) {
            if (d.dependent() < left && !d.base().equals("punct") && !d.base().equals("det")) {
                left = Math.min(left, leftmost(d.dependent()));
            }
        }
        return left;
    }

    FoundPlace place(Triggers.Match m, List<FoundParticipant> participants, Clauses clauses) {
        int clauseHead = clauses.headOf(m);
        if (parse.parsed()) {
            for (int head : clauseHead == m.head() ? List.of(m.head()) : List.of(m.head(), clauseHead)) {
                for (Dependency d : parse.down(head)) {
                    if (PLACE_RELATIONS.contains(d.relation()) || d.base().equals("advcl")) {
                        Optional<FoundPlace> place = placeIn(d.dependent(), 2);
                        if (place.isPresent()) {
                            return place.get();
                        }
                    }
                }
            }
        }
        for (FoundParticipant p : participants) {
            if (p.entity() != null && p.entity().type() == EntityType.LOCATION && p.role() == ParticipantRole.TARGET
                    && ACTED_ON.contains(m.type())) {
                return new FoundPlace(p.entity(), p.begin(), p.end()); // "invade Rafah"
            }
        }
        return onlyPlaceOfSentence(m, participants, clauses);
    }

    /** A place named at a token or in its modifiers ("his Tel Aviv residence", "the Office in al-Quds"). */
    private Optional<FoundPlace> placeIn(int token, int depth) {
        Optional<EntityAnalysis.Located> at = entities.at(parse.sentence().index(), token);
        if (at.isPresent() && at.get().entity().type() == EntityType.LOCATION) {
            return Optional.of(new FoundPlace(at.get().entity(), at.get().mention().begin(), at.get().mention().end()));
        }
        if (depth == 0) {
            return Optional.empty();
        }
        for (Dependency d : parse.down(token)) {
            if (d.base().equals("compound") || d.base().equals("nmod") || d.base().equals("obl")
                    || d.base().equals("amod")) {
                Optional<FoundPlace> inner = placeIn(d.dependent(), depth - 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence's one place, when it names exactly one, near the trigger and in its clause, that no other event
     * claims and nobody is. Not for statements: a place in what someone says is mostly its topic, not where it was said.
     */
    private FoundPlace onlyPlaceOfSentence(Triggers.Match m, List<FoundParticipant> participants, Clauses clauses) {
        if (SPEECH.contains(m.type())) {
            return null;
        }
        int sentence = parse.sentence().index();
        List<EntityAnalysis.Located> places = new ArrayList<>();
        for (var mention : entities.mentions()) {
            if (mention.sentence() != sentence || mention.type() != EntityType.LOCATION) {
                continue;
            }
            var located = entities.at(sentence, mention.tokenStart()).orElseThrow();
            if (places.stream().noneMatch(p -> p.entity() == located.entity())) {
                places.add(located);
            }
        }
        if (places.size() != 1) {
            return null;
        }
        EntityAnalysis.Located only = places.get(0);
        int placeHead = clauses.headOfSpan(only.mention().tokenStart(), only.mention().tokenEnd());
        boolean inClause = parse.isAncestor(m.head(), placeHead) || parse.isAncestor(clauses.headOf(m), placeHead);
        if (!inClause || Math.abs(only.mention().tokenStart() - m.head()) > NEAR) {
            return null;
        }
        boolean participant = participants.stream().anyMatch(p -> p.entity() == only.entity());
        List<Triggers.Match> claiming = clauses.claiming(clauses.headOfSpan(only.mention().tokenStart(),
                only.mention().tokenEnd()));
        if (participant || !claiming.isEmpty() && !claiming.contains(m)) {
            return null;
        }
        DocumentEntity e = only.entity();
        return new FoundPlace(e, only.mention().begin(), only.mention().end());
    }
}
