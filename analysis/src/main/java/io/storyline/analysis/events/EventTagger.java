package io.storyline.analysis.events;

import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.events.timeml.EventMention;
import io.storyline.analysis.events.timeml.Factuality;
import io.storyline.analysis.knowledge.EventRule;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.times.FoundTime;
import io.storyline.domain.event.Listing;
import io.storyline.domain.event.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tags the events of a text against the taxonomy. Immutable; one tagger serves one snapshot of the taxonomy. Every
 * report is returned; each says whether a reader lists it ({@link Listing}): one report per happening.
 */
public final class EventTagger {

    /** Types whose events are things said, so their own clause is not "reported". */
    private static final Set<String> SPEECH = Set.of("STATEMENT", "ACCUSATION");
    /** Nominal relations under which a trigger only names the subject of another event ("a proposal for a truce"). */
    private static final Set<String> NESTED = Set.of("compound", "nmod", "amod");

    /** The type of an event of the layer that is no news event. */
    public static final String UNTYPED = "EVENT";

    private final Triggers triggers;

    public EventTagger(List<EventRule> rules) {
        this.triggers = new Triggers(rules);
    }

    public List<FoundEvent> tag(AnnotatedText text, EntityAnalysis entities, List<FoundTime> times) {
        List<Happenings.Report> reports = new ArrayList<>();
        Narrative narrative = new Narrative(text, entities);
        for (Sentence sentence : text.sentences()) {
            Parse parse = new Parse(sentence);
            List<FoundTime> sentenceTimes = times.stream().filter(t -> t.sentence() == sentence.index()).toList();
            List<Triggers.Match> matches = withoutNested(parse, triggers.find(sentence,
                    blocked(sentence, entities, sentenceTimes)));
            if (matches.isEmpty()) {
                narrative.pass(sentence);
                continue;
            }
            Clauses clauses = new Clauses(parse, matches);
            EventTimes eventTimes = new EventTimes(parse, clauses, sentenceTimes);
            Arguments arguments = new Arguments(parse, entities, narrative);
            for (Triggers.Match m : matches) {
                Modality modality = Modalities.of(parse, m, clauses, SPEECH.contains(m.type()));
                List<FoundParticipant> participants = arguments.participants(m, clauses);
                FoundPlace place = arguments.place(m, participants, clauses);
                EventTimes.Choice time = eventTimes.choose(m);
                FoundDate date = narrative.date(time, modality, clauses.isClauseLevel(m));
                Listing listing = Telling.listing(parse, m, participants, time);
                int begin = sentence.token(m.start()).begin();
                int end = sentence.token(m.end() - 1).end();
                reports.add(new Happenings.Report(new FoundEvent(m.type(), sentence.index(), begin, end,
                        text.span(begin, end), participants, place, date, modality,
                        confidence(m, participants, place, date), listing), clauses.isClauseLevel(m)));
            }
            narrative.pass(sentence);
        }
        return Happenings.oneEach(reports);
    }

    /**
     * The layer's events that no news event covers, given participants, place, modality and date exactly as news
     * events are, under the type {@value #UNTYPED}. An event the layer finds not to have happened (future,
     * hypothetical, negated) gets its modality from the layer, and so no date unless it has one of its own.
     */
    public List<FoundEvent> anchor(AnnotatedText text, EntityAnalysis entities, List<FoundTime> times,
                                   List<EventMention> mentions, List<FoundEvent> news) {
        List<FoundEvent> events = new ArrayList<>();
        Narrative narrative = new Narrative(text, entities);
        for (Sentence sentence : text.sentences()) {
            Parse parse = new Parse(sentence);
            List<Triggers.Match> matches = new ArrayList<>();
            List<EventMention> told = new ArrayList<>();
            for (EventMention e : mentions) {
                if (e.sentence() == sentence.index() && news.stream().noneMatch(n -> n.sentence() == e.sentence()
                        && n.begin() < e.end() && e.begin() < n.end())) {
                    matches.add(new Triggers.Match(UNTYPED, e.token(), e.token() + 1, e.token(),
                            e.verb() ? Triggers.Kind.VERB : Triggers.Kind.NOUN));
                    told.add(e);
                }
            }
            if (!matches.isEmpty()) {
                List<FoundTime> sentenceTimes = times.stream().filter(t -> t.sentence() == sentence.index()).toList();
                Clauses clauses = new Clauses(parse, matches);
                EventTimes eventTimes = new EventTimes(parse, clauses, sentenceTimes);
                Arguments arguments = new Arguments(parse, entities, narrative);
                for (int k = 0; k < matches.size(); k++) {
                    Triggers.Match m = matches.get(k);
                    Modality modality = layered(told.get(k).factuality(), Modalities.of(parse, m, clauses, false));
                    List<FoundParticipant> participants = arguments.participants(m, clauses);
                    FoundPlace place = arguments.place(m, participants, clauses);
                    FoundDate date = narrative.date(eventTimes.choose(m), modality, clauses.isClauseLevel(m));
                    EventMention e = told.get(k);
                    events.add(new FoundEvent(UNTYPED, sentence.index(), e.begin(), e.end(), e.word(), participants,
                            place, date, modality, confidence(m, participants, place, date), Listing.LISTED));
                }
            }
            narrative.pass(sentence);
        }
        return events;
    }

    private static Modality layered(Factuality factuality, Modality rules) {
        return switch (factuality) {
            case FUTURE, HYPOTHETICAL -> Modality.PLANNED;
            case NEGATED -> Modality.NEGATED;
            case REPORTED, ASSERTED -> rules;
        };
    }

    /** Tokens inside names and time expressions never trigger ("the Resistance", "a day of rage" stays a date). */
    private static boolean[] blocked(Sentence sentence, EntityAnalysis entities, List<FoundTime> times) {
        boolean[] blocked = new boolean[sentence.tokens().size()];
        for (var m : entities.mentions()) {
            if (m.sentence() == sentence.index()) {
                for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                    blocked[i] = true;
                }
            }
        }
        for (FoundTime t : times) {
            for (int i = t.tokenStart(); i < t.tokenEnd() && i < blocked.length; i++) {
                blocked[i] = true;
            }
        }
        return blocked;
    }

    /**
     * Drops a noun trigger that only names what another trigger is about: "ceasefire" in "a ceasefire agreement",
     * "ceasefire" in "a proposal for a ceasefire"; and one that only names the act of a trigger of its own type:
     * "the statement said", "said in a statement". The other event keeps the words in its sentence.
     */
    private static List<Triggers.Match> withoutNested(Parse parse, List<Triggers.Match> matches) {
        if (!parse.parsed() || matches.size() < 2) {
            return matches;
        }
        List<Triggers.Match> kept = new ArrayList<>();
        for (Triggers.Match m : matches) {
            Dependency up = parse.up(m.head());
            boolean nested = m.kind() == Triggers.Kind.NOUN && up != null && matches.stream().anyMatch(o -> o != m
                    && o.head() == up.governor() && (o.kind() != Triggers.Kind.VERB && NESTED.contains(up.base())
                    || o.type().equals(m.type())));
            if (!nested) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static double confidence(Triggers.Match m, List<FoundParticipant> participants, FoundPlace place,
                                     FoundDate date) {
        double c = switch (m.kind()) {
            case PATTERN -> 0.75;
            case VERB -> 0.7;
            case NOUN -> 0.6;
            case ADJECTIVE -> 0.5;
        };
        if (participants.stream().anyMatch(p -> p.entity() != null)) {
            c += 0.1;
        }
        if (place != null) {
            c += 0.05;
        }
        if (date != null && date.source() == io.storyline.domain.event.EventDateSource.GOVERNING_EXPRESSION) {
            c += 0.05;
        }
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }
}
