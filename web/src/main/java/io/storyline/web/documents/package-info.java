/**
 * The documents feature of the web module: the audited actions its pages ({@code faces}) and its API ({@code rest})
 * both call ({@link io.storyline.web.documents.DocumentActions}, {@link io.storyline.web.documents.BulkActions}),
 * each checking its role with {@code @RolesAllowed}.
 */
package io.storyline.web.documents;
