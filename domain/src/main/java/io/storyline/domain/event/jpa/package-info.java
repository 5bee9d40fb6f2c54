/** The JPA implementations of the event package's repositories. */
package io.storyline.domain.event.jpa;
