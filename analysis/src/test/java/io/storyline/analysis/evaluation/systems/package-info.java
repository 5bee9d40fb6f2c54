/**
 * The systems the evaluation command measures: Storyline's analysis as the server runs it, and the stock
 * configurations beside it (SUTime with its defaults, CoreNLP's default English NER), so every figure has its
 * baseline from the same run.
 */
package io.storyline.analysis.evaluation.systems;
