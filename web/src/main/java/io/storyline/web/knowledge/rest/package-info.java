/**
 * {@code /api/knowledge}, {@code /api/tags/categories} and {@code /api/tags}: aliases, gazetteer, event types, tag
 * categories and tag assignments for admins, with CSV export and import, and their JSON shapes.
 */
package io.storyline.web.knowledge.rest;
