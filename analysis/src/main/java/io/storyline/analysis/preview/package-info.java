/**
 * The event-type preview: what a change to the taxonomy would tag, tried on a sample of analysed documents before
 * an admin saves it. It runs the analysis's own pipeline and event tagger, so it sits above them and above the
 * knowledge it changes; {@link io.storyline.analysis.preview.EventTypePreview} is its face for the admin pages and
 * the REST API.
 */
package io.storyline.analysis.preview;
