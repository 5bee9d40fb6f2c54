/**
 * The results' and curation's implementations: each decision is checked against the document, stored and applied
 * at once in the caller's transaction, and the knowledge cache is told when a decision changes what analysis
 * knows. Also the pure pieces they use: the context cut around a mention, and the reviewed share and precision
 * computed from the decisions.
 */
package io.storyline.analysis.results.internal;
