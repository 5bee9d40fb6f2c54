/** The timeline service's EJB. */
package io.storyline.analysis.timeline.internal;
