/**
 * The document aggregate: one original kept in the archive, its metadata with provenance, and the
 * processing status it is in. Entities carry their own rules; repositories are interfaces here and
 * JPA implementations in {@code jpa}.
 */
package io.storyline.domain.document;
