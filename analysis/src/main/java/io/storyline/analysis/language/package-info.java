/**
 * The language pipeline behind Storyline's own interface: sentences, tokens, lemmas, part-of-speech tags, named
 * entity tags, dependencies and time expressions normalised against a reference date. The adapter in
 * {@code internal} is Stanford CoreNLP; nothing outside this package sees CoreNLP's types.
 */
package io.storyline.analysis.language;
