/** The admin's bulk imports page: start an import, watch its progress, stop and resume it, read its failures. */
package io.storyline.web.imports.faces;
