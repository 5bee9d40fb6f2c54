/**
 * The import package's repository on JPA: bulk import jobs, their items and the items' outcomes, read in id order
 * so that an interrupted import goes on where it stopped.
 */
package io.storyline.domain.imports.jpa;
