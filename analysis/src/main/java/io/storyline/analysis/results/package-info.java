/**
 * What analysis found, as pages and the API read it, and what people decide about it: the mentions of a document,
 * an entity's mentions, events and related entities, and the decisions (accept, reject, link, retype, redate,
 * merge, split, alias) with the figures they give. {@link io.storyline.analysis.results.AnalysisResults} and
 * {@link io.storyline.analysis.results.Curation} are its faces; the records here are what they return.
 */
package io.storyline.analysis.results;
