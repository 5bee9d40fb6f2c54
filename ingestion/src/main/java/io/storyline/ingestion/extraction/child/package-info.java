/**
 * What runs inside a parser process (a child JVM started by extraction), on Tika alone: the factory that builds
 * its parser, and the parser's way of sending failures back as plain JDK exceptions the server can read.
 */
package io.storyline.ingestion.extraction.child;
