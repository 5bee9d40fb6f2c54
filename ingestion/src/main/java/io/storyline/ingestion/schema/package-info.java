/**
 * Applies the domain's schema migrations when the application starts, before any other component touches the
 * database (this module is the first the EAR initialises).
 */
package io.storyline.ingestion.schema;
