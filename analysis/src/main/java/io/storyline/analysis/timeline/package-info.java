/**
 * Timeline assembly: stored events become ordered entries, several reports of one real-world event become one
 * entry with several citations (explained, and overruled by editors' links), and saved timelines (stories) keep
 * an editor's choices. {@link io.storyline.analysis.timeline.TimelineAssembler} is pure, so the evaluation
 * command builds its timelines with exactly the code the server runs.
 */
package io.storyline.analysis.timeline;
