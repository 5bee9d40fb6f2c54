/**
 * Near-duplicates: the same story republished with small edits. Each extracted text gets a MinHash signature
 * of its word 5-shingles; locality-sensitive hashing bands find candidates without comparing against the whole
 * archive, and pairs at or above {@code storyline.near-duplicates.threshold} are linked with their similarity.
 */
package io.storyline.ingestion.dedup;
