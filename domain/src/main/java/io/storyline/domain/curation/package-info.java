/**
 * What people decided about the machine's results: accepted, rejected, relinked or added mentions and events,
 * names that are never entities. Every decision is kept with who, when and why, and re-applied after every
 * re-analysis, so nothing a person fixed comes back wrong.
 */
package io.storyline.domain.curation;
