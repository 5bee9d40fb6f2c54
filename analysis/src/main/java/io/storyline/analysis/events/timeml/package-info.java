/**
 * Every event a text tells, TimeML-style: main verbs and eventive nouns with their tense, aspect, polarity,
 * modality, class and a factuality a timeline can use. Built from the parse the pipeline already computes; the
 * typed news events of {@link io.storyline.analysis.events} are a subset told on top of this layer.
 */
package io.storyline.analysis.events.timeml;
