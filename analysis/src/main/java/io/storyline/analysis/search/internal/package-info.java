/** The search service's EJBs. */
package io.storyline.analysis.search.internal;
