/**
 * MicroProfile Health checks for what every part of Storyline relies on: the database answers and the data
 * folder takes writes. They live in the domain jar because WildFly only finds checks in the EAR's
 * {@code lib/}.
 */
package io.storyline.platform.health;
