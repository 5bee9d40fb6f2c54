/**
 * Small value types every aggregate shares: a page request and a page of results. Nothing here knows about
 * a particular aggregate.
 */
package io.storyline.domain.common;
