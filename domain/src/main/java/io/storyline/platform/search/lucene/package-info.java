/**
 * What the Lucene backend needs beyond the mapping: its analysers. SearchSettings names this package's
 * {@code Analysis} when {@code storyline.search.backend} is {@code lucene}.
 */
package io.storyline.platform.search.lucene;
