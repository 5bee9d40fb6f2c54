/**
 * How a backup is made: the singleton that knows whether one runs and how far it got, the asynchronous runner that
 * copies the database (H2's online {@code BACKUP TO}), then the originals with their manifest, then the settings.
 */
package io.storyline.ingestion.backup.internal;
