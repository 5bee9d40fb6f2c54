/**
 * Searching the archive from pages and REST: one reading of the parameters for both, and the audited re-index
 * ({@link io.storyline.web.search.SearchIndexing}) that the index page and the API both call.
 */
package io.storyline.web.search;
