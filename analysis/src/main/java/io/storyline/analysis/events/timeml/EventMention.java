package io.storyline.analysis.events.timeml;

/**
 * One event a text tells, in TimeML's terms: its trigger word and attributes.
 *
 * @param sentence    the sentence's index
 * @param token       the trigger's token index in the sentence (TimeML events are one word)
 * @param begin       where the trigger starts in the text
 * @param end         where it ends
 * @param word        the trigger as written
 * @param lemma       its lemma, lower case
 * @param verb        whether the trigger is a verb (else a noun or an adjective)
 * @param eventClass  its TimeML class
 * @param tense       its tense ({@link Tense#NONE} for nouns)
 * @param aspect      its aspect ({@link Aspect#NONE} for nouns)
 * @param negated     whether it is negated ("did not attend", "no agreement")
 * @param modality    the modal that governs it ("could", "must"), lower case, or {@code null}
 * @param factuality  whether and how it is told as having happened
 */
public record EventMention(int sentence, int token, int begin, int end, String word, String lemma, boolean verb,
                           EventClass eventClass, Tense tense, Aspect aspect, boolean negated, String modality,
                           Factuality factuality) {
}
