/**
 * The documents pages: the list (paged on the server, filtered by status and text) and the upload page. View
 * beans are thin: they call the ingestion services and show what happened.
 */
package io.storyline.web.documents.faces;
