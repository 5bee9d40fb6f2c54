/**
 * News in XML, as agencies deliver and archives keep it: NewsML-G2, NITF, TimeML and a plain XML article, each
 * read with a parser that loads no DTD and resolves no external entity, and mapped to a headline, byline, dateline,
 * publisher, language, publication date and subjects (the mapping is in the README, "Wire formats").
 */
package io.storyline.ingestion.extraction.internal.wire;
