package io.storyline.analysis.evaluation.formats;

/**
 * A gold TimeML EVENT, with the attributes of its first MAKEINSTANCE (TimeML 1.2 keeps tense, aspect, polarity and
 * modality on the instance, the class on the event).
 *
 * @param eid the event's id ({@code e1})
 * @param begin the first character of its span in the document text
 * @param end the character after its span
 * @param eventClass OCCURRENCE, STATE, REPORTING, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION; null when absent
 * @param tense PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART or NONE; null without an instance
 * @param aspect PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE or NONE; null without an instance
 * @param polarity POS or NEG; null without an instance
 * @param modality the modal word ({@code would}, {@code could}); null when there is none
 */
public record TimeMlEvent(String eid, int begin, int end, String eventClass, String tense, String aspect,
        String polarity, String modality) {}
