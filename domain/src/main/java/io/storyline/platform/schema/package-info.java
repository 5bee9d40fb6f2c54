/**
 * The database schema, created and evolved by versioned Flyway migrations in {@code db/migration}. The
 * entity mapping never creates tables; a test proves it matches what the migrations build.
 */
package io.storyline.platform.schema;
