/**
 * Timelines: the events a timeline is built from (read as flat rows, fast at archive scale), the decisions editors
 * make about which reports are the same real-world event, and saved timelines (stories).
 */
package io.storyline.domain.timeline;
