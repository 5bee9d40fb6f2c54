package io.storyline.analysis.evaluation.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MEANTIME document in CAT XML: tokens, the text built from them, and the markables and relations the
 * evaluation uses.
 *
 * @param attributes the {@code <Document>} element's attributes (doc_id, doc_name, lang, url)
 * @param tokens in document order, with their offsets into {@code text}
 * @param text tokens joined by one space within a sentence, sentences joined by {@code \n}: what systems get
 * @param entities ENTITY_MENTION markables
 * @param events EVENT_MENTION markables
 * @param timexes TIMEX3 markables, the creation time included
 * @param participants HAS_PARTICIPANT relations between an event mention and an entity mention
 */
public record CatDocument(Map<String, String> attributes, List<CatToken> tokens, String text,
        List<CatEntityMention> entities, List<CatEventMention> events, List<CatTimex> timexes,
        List<CatParticipant> participants) {

    public CatDocument {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        timexes = List.copyOf(timexes);
        participants = List.copyOf(participants);
    }

    /** Places tokens in the text the way {@link CatDocument#text()} says; the tokens' own offsets are ignored. */
    public static CatDocument laidOut(Map<String, String> attributes, List<CatToken> tokens,
            List<CatEntityMention> entities, List<CatEventMention> events, List<CatTimex> timexes,
            List<CatParticipant> participants) {
        StringBuilder text = new StringBuilder();
        List<CatToken> placed = new ArrayList<>(tokens.size());
        for (CatToken token : tokens) {
            if (!placed.isEmpty()) {
                text.append(placed.get(placed.size() - 1).sentence() == token.sentence() ? ' ' : '\n');
            }
            int begin = text.length();
            text.append(token.text());
            placed.add(new CatToken(token.id(), token.sentence(), token.number(), token.text(), begin, text.length()));
        }
        return new CatDocument(attributes, placed, text.toString(), entities, events, timexes, participants);
    }

    /** The document creation time's date, or null when there is none or it is not a calendar date. */
    public LocalDate creationDate() {
        return timexes.stream().filter(CatTimex::creationTime).findFirst()
                .map(timex -> TimeMlReader.dateOf(timex.value())).orElse(null);
    }

    /** Indexes of the tokens that share at least one character with {@code [begin, end)}. */
    public List<Integer> tokensOverlapping(int begin, int end) {
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CatToken token = tokens.get(i);
            if (token.begin() < end && begin < token.end()) {
                covered.add(i);
            }
        }
        return covered;
    }
}
