/** The backups part of the REST API, for admins: {@code POST /api/backups} starts one, {@code GET} follows it. */
package io.storyline.web.backup.rest;
