/**
 * The knowledge admins edit (aliases, gazetteer, event types, tag categories): the audited actions the page and the
 * REST API share ({@link io.storyline.web.knowledge.KnowledgeActions}) and the CSV bodies both read.
 */
package io.storyline.web.knowledge;
