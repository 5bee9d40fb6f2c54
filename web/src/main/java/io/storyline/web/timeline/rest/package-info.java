/** {@code /api/timeline} and {@code /api/stories}. */
package io.storyline.web.timeline.rest;
