/**
 * The blob store in a folder of the data directory: originals written atomically under their SHA-256, read-only
 * once stored, and its CDI producer.
 */
package io.storyline.ingestion.blob.internal;
