/** The timeline repositories on JPA. */
package io.storyline.domain.timeline.jpa;
