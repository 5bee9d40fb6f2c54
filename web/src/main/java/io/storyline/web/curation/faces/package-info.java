/**
 * The editors' correction pages: mentions, events and dates of a document, entity merges, splits and aliases, and
 * the review figures. Every change goes through the curation feature's actions, audited there.
 */
package io.storyline.web.curation.faces;
