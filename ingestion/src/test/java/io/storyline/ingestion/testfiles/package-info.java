/** Real files made in code for tests: PDFs (paged, encrypted, scanned), pictures of text. */
package io.storyline.ingestion.testfiles;
