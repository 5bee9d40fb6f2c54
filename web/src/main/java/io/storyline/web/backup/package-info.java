/**
 * Backups in the web module: the audited, ADMIN-only action ({@link io.storyline.web.backup.BackupActions}) that the
 * backup page ({@code faces}) and the REST API ({@code rest}) call.
 */
package io.storyline.web.backup;
