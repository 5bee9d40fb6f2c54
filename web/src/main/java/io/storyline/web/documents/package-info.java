/**
 * The documents feature of the web module: what its pages ({@code faces}) and its API ({@code rest}) share, such as
 * the bulk actions on selected documents.
 */
package io.storyline.web.documents;
