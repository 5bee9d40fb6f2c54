/**
 * The documents part of the REST API (API.md): upload, list, one document, its original. Resources call the
 * ingestion services and turn entities into the JSON records here; no rule lives in them.
 */
package io.storyline.web.documents.rest;
