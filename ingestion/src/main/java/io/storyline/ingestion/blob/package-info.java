/**
 * The blob store of originals: content-addressed by SHA-256 under the data folder, written durably before
 * any database row refers to them, and never changed or deleted by processing.
 */
package io.storyline.ingestion.blob;
