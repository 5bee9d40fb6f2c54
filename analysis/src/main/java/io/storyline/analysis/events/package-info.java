/**
 * Tags events against the taxonomy: triggers by lemma and pattern; participants with their roles, and the place,
 * from the dependency structure; the time from the expression that governs the clause, else the sentence, else the
 * narrative's current time, else the document date; the modality (asserted, negated, planned, reported); the
 * evidence sentence; a confidence; and whether a reader lists it (one report per happening, not a source's
 * attribution nor a mere topic).
 */
package io.storyline.analysis.events;
