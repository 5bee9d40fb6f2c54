/**
 * The admin's ingestion monitor ({@code /admin/monitor.xhtml} and {@code /api/monitor}): queues, throughput and
 * time left per stage, failures grouped by stage and reason with retry and re-analysis of a group or one document,
 * and the bulk imports at a glance. Every action is audited; admins only.
 */
package io.storyline.web.admin.monitor;
