/**
 * How far the archive's documents are through the pipeline: how many wait, how many are being worked on,
 * how many are analysed or failed. The documents page and the admin console show it.
 */
package io.storyline.analysis.progress;
