/**
 * Searches users save: a name and the query string of a search, per user.
 */
package io.storyline.domain.search;
