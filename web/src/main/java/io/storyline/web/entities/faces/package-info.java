/**
 * The entity pages: the list of the archive's people, organisations and places (paged on the server, filtered by
 * name and type) and one entity's page with its names, mentions in context, related entities and events. View beans
 * only call {@link io.storyline.analysis.results.AnalysisResults}.
 */
package io.storyline.web.entities.faces;
