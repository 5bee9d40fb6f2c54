/** The tag repository on JPA. */
package io.storyline.domain.tag.jpa;
