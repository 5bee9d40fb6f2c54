/** Saved searches on JPA. */
package io.storyline.domain.search.jpa;
