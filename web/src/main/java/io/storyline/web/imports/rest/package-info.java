/** The bulk imports part of the REST API, for admins: start, watch, stop and resume imports; per-file report. */
package io.storyline.web.imports.rest;
