/** The JPA implementations of the curation package's repositories. */
package io.storyline.domain.curation.jpa;
