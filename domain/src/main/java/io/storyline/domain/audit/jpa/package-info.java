/** The JPA implementation of the audit log's repository: append and read, nothing else. */
package io.storyline.domain.audit.jpa;
