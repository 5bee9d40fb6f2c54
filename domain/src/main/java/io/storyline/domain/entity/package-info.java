/**
 * The people, organisations, places and other names the archive knows: one canonical {@link
 * io.storyline.domain.entity.NamedEntity} each, the {@link io.storyline.domain.entity.Mention}s that point to it
 * from documents, and the knowledge admins edit to steer recognition (aliases and the gazetteer).
 */
package io.storyline.domain.entity;
