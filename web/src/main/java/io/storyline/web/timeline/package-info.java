/** Timelines and stories for people: REST, pages and the TimelineJS and CSV exports both share. */
package io.storyline.web.timeline;
