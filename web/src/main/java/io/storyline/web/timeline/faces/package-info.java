/** The timeline, stories and story editor pages' view beans: state and calls, no logic. */
package io.storyline.web.timeline.faces;
