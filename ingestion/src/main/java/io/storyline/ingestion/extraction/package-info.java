/**
 * Extraction: from an original's bytes to its text and metadata (title, byline, publisher, canonical URL,
 * language, pages, publication date candidates with their sources). Apache Tika reads PDF, text in any common
 * encoding, RTF, ODF and e-mail, with OCR through Tesseract where it is installed; HTML is read with jsoup so
 * that the article's own text is kept and navigation and boilerplate left out. Every read has limits.
 */
package io.storyline.ingestion.extraction;
