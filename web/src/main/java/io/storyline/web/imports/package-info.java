/**
 * Bulk imports in the web module: the audited, ADMIN-only actions ({@link io.storyline.web.imports.ImportActions})
 * that the imports page ({@code faces}), the ingestion monitor and the REST API ({@code rest}) call.
 */
package io.storyline.web.imports;
