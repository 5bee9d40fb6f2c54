/**
 * Extraction with Apache Tika under limits and a time out: text decoding and normalisation, the metadata of HTML
 * articles (JSON-LD, OpenGraph, meta tags), the date formats publishers use, and the guess of the language.
 */
package io.storyline.ingestion.extraction.internal;
