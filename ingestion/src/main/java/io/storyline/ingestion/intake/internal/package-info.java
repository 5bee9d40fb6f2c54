/**
 * Intake's implementation: media type detection from the bytes, the original written to the blob store first,
 * then the document row, its sighting and history registered in a transaction of its own, one registration per
 * hash at a time.
 */
package io.storyline.ingestion.intake.internal;
