/**
 * The admin console's knowledge pages: aliases and gazetteer with CSV in and out ({@code /admin/knowledge.xhtml}),
 * tag categories and event types with a preview ({@code /admin/taxonomy.xhtml}).
 */
package io.storyline.web.knowledge.faces;
