/**
 * End-to-end checks of the audit log across channels: an action done once from its page and once through the REST
 * API leaves the same entry (action, target, actor) in {@code /api/audit}.
 */
package io.storyline.it.audit;
