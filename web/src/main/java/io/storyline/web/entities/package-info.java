/**
 * The entities feature of the web module: editors' audited corrections ({@link io.storyline.web.entities.EntityActions})
 * that the entity page and {@code /api/entities} both call; the pages in {@code faces}, the API in {@code rest}.
 */
package io.storyline.web.entities;
