/**
 * What the Elasticsearch/OpenSearch backend needs beyond the mapping: its analysers. SearchSettings names this
 * package's {@code Analysis} when {@code storyline.search.backend} is {@code elasticsearch}.
 */
package io.storyline.platform.search.elasticsearch;
