/**
 * Online backups and their restore: an admin starts a backup of the database, the originals (with a SHA-256
 * manifest) and the settings in effect while the archive keeps working; {@link io.storyline.ingestion.backup.RestoreCommand}
 * puts one back into a stopped server's data folder. The search index is not backed up: it is rebuilt at start-up.
 */
package io.storyline.ingestion.backup;
