/**
 * Timelines and stories for people: the audited actions the pages and REST both call
 * ({@link io.storyline.web.timeline.TimelineActions}, {@link io.storyline.web.timeline.StoryActions}), and the
 * TimelineJS and CSV exports both share.
 */
package io.storyline.web.timeline;
