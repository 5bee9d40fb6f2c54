/** The search page. */
package io.storyline.web.search.faces;
