/**
 * The preview's implementation: one preview at a time, outside any transaction, on the language models loaded at
 * start-up and the shared analyzer.
 */
package io.storyline.analysis.preview.internal;
