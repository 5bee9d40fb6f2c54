package io.storyline.analysis.events;

import io.storyline.analysis.language.Dependency;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Listing;
import io.storyline.domain.event.ParticipantRole;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a trigger tells a happening a reader would list, or only cites a source or names a topic. "..., the
 * Department of State said" and "according to the statement" say where the news comes from; "a ceasefire" in
 * "efforts to reach a ceasefire" is what the news is about. Kept: a statement told as an act of its own (with a
 * date of its own, "said on Tuesday", a medium, "said on X", or an audience, "told Al Mayadeen") and made by
 * someone ("a statement" nobody makes only names a source); a noun event that names someone taking part or has a date of its own.
 */
final class Telling {

    /** Verbs that mostly only attribute what a sentence says to its source. */
    private static final Set<String> ATTRIBUTING = Set.of("say", "state", "tell", "comment", "remark", "add", "note");
    /** Relations that make the saying an act of its own: a medium ("on X") or an audience ("told Al Mayadeen"). */
    private static final Set<String> ACT = Set.of("obl:on", "obl:to", "iobj", "obj", "obl:over");

    private Telling() {
    }

    static Listing listing(Parse parse, Triggers.Match m, List<FoundParticipant> participants,
                           EventTimes.Choice time) {
        boolean ownDate = time.source() == EventDateSource.GOVERNING_EXPRESSION;
        if (m.type().equals("STATEMENT")) {
            if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.AGENT)) {
                return Listing.SOURCE;
            }
            String lemma = Triggers.lemma(parse.token(m.head()));
            if (m.kind() == Triggers.Kind.VERB && ATTRIBUTING.contains(lemma) && !ownDate && !actOfItsOwn(parse, m)) {
                return Listing.SOURCE;
            }
        }
        boolean named = ownDate || participants.stream().anyMatch(p -> p.entity() != null);
        return m.kind() == Triggers.Kind.NOUN && !named ? Listing.TOPIC : Listing.LISTED;
    }

    private static boolean actOfItsOwn(Parse parse, Triggers.Match m) {
        if (!parse.parsed()) {
            return true;
        }
        for (Dependency d : parse.down(m.head())) {
            if (ACT.contains(d.relation().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
