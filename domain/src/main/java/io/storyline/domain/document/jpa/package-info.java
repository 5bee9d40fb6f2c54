/**
 * The document package's repositories on JPA: the archive's lists with their filters, sorts, pages and counts,
 * the pipeline's claims and recovery queries, and the links between near-duplicate texts.
 */
package io.storyline.domain.document.jpa;
