package io.storyline.analysis.search;

/**
 * One value of a facet with how many hits have it.
 *
 * @param value what a filter takes (an entity id, a type code, a tag, a year ...)
 * @param label what a person reads (the entity's name, the event type's name); plain text, to be escaped
 */
public record FacetValue(String value, String label, long count) {
}
