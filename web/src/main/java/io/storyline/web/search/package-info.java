/** Searching the archive from pages and REST: one reading of the parameters for both. */
package io.storyline.web.search;
