package io.storyline.analysis.events;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.entities.EntityAnalysis;
import io.storyline.analysis.entities.FoundMention;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Sentence;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the story has told so far, read in order: the narrative's current time (the date of the last event told
 * with a date of its own), and the people it last spoke of, for "he" and "she".
 */
final class Narrative {

    private record Person(DocumentEntity entity, int sentence, int token, boolean subject) {
    }

    private final AnnotatedText text;
    private final EntityAnalysis entities;
    private final List<Person> people = new ArrayList<>();
    private FoundDate current;

    Narrative(AnnotatedText text, EntityAnalysis entities) {
        this.text = text;
        this.entities = entities;
    }

    /**
     * The date of an event: its own expression, else the narrative's current time, else the document's date. A
     * planned event without a date of its own gets none: it lies somewhere ahead. Only events told in a clause of
     * their own move the narrative's time.
     */
    FoundDate date(EventTimes.Choice choice, Modality modality, boolean clauseLevel) {
        if (choice.time() != null) {
            String value = choice.time().value();
            if (value.equals("PRESENT_REF")) {
                if (text.referenceDate() == null) {
                    return null;
                }
                value = text.referenceDate().toString();
            }
            FoundDate own = new FoundDate(value, choice.source(), choice.time().text());
            if (modality != Modality.PLANNED && clauseLevel) {
                current = own; // "the call ... on April 4", a side remark, leaves the story's time where it was
            }
            return own;
        }
        if (modality == Modality.PLANNED) {
            return null;
        }
        if (current != null) {
            return new FoundDate(current.value(), EventDateSource.NARRATIVE, current.text());
        }
        return text.referenceDate() == null ? null
                : new FoundDate(text.referenceDate().toString(), EventDateSource.DOCUMENT_DATE, null);
    }

    /** Records the people a sentence spoke of, once its events are tagged. */
    void pass(Sentence sentence) {
        Parse parse = new Parse(sentence);
        for (FoundMention m : entities.mentions()) {
            if (m.sentence() == sentence.index() && m.type() == EntityType.PERSON) {
                entities.at(m.sentence(), m.tokenStart()).ifPresent(l -> people.add(new Person(l.entity(),
                        m.sentence(), m.tokenStart(), isSubject(parse, m))));
            }
        }
    }

    private static boolean isSubject(Parse parse, FoundMention m) {
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            Dependency up = parse.up(i);
            if (up != null && up.base().equals("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who "he" or "she" at a token most likely is: the last person the story made a subject, in this sentence
     * before the pronoun or in the two before it; else the last person named there.
     */
    Optional<DocumentEntity> antecedent(Sentence sentence, Parse parse, int token) {
        List<Person> candidates = new ArrayList<>();
        for (Person p : people) {
            if (p.sentence() >= sentence.index() - 2) {
                candidates.add(p);
            }
        }
        for (FoundMention m : entities.mentions()) {
            if (m.sentence() == sentence.index() && m.tokenStart() < token && m.type() == EntityType.PERSON) {
                entities.at(m.sentence(), m.tokenStart()).ifPresent(l -> candidates.add(new Person(l.entity(),
                        m.sentence(), m.tokenStart(), isSubject(parse, m))));
            }
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).subject()) {
                return Optional.of(candidates.get(i).entity());
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1).entity());
    }
}
