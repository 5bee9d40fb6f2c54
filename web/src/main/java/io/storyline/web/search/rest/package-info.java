/** The search API. */
package io.storyline.web.search.rest;
