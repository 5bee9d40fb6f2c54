/**
 * The workers and their steps: the message-driven worker, each step of a document in a transaction of its own
 * (claim, write the results, record the history), the writer that replaces a document's machine results and
 * re-applies people's decisions, the turn long documents take, and the recovery that loses nothing a crash
 * interrupted.
 */
package io.storyline.analysis.processing.internal;
