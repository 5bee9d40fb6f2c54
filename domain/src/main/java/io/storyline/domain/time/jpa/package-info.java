/** The JPA implementations of the time package's repositories. */
package io.storyline.domain.time.jpa;
