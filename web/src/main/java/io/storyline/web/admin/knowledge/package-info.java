/**
 * The admin console's knowledge pages: aliases and gazetteer with CSV in and out ({@code /admin/knowledge.xhtml}),
 * tag categories and event types with a preview ({@code /admin/taxonomy.xhtml}), the tag category endpoints, and the
 * JSON and CSV shapes the knowledge endpoints share with those pages.
 */
package io.storyline.web.admin.knowledge;
