/**
 * {@code /api/entities}: the canonical people, organisations and places, their mentions and events, and editors'
 * merges, splits, aliases and "never an entity" decisions (through {@link io.storyline.web.entities.EntityActions}).
 */
package io.storyline.web.entities.rest;
