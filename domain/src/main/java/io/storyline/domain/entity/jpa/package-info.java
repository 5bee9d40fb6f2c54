/** The JPA implementations of the entity package's repositories. */
package io.storyline.domain.entity.jpa;
