/** The JPA implementations of the account and signing-key repositories. */
package io.storyline.domain.user.jpa;
