/**
 * The language pipeline behind Storyline's own interface: sentences, tokens, lemmas, part-of-speech tags, named
 * entity tags, dependencies and time expressions normalised against a reference date. Its promises: no sentence is
 * longer than the taggers can bear, a token of markup never carries an entity tag, and an interrupted thread stops
 * it. The adapter in {@code internal} is Stanford CoreNLP; nothing outside this package sees CoreNLP's types:
 * the server loads it through {@link io.storyline.analysis.language.LanguageModels}, everything else (the
 * evaluation, the benchmarks, the tests) through {@link io.storyline.analysis.language.LanguagePipelines}.
 */
package io.storyline.analysis.language;
