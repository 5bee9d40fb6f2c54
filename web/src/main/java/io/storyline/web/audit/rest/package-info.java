/** {@code /api/audit}: the audit log for admins, paged and as CSV. Read only: entries are never edited. */
package io.storyline.web.audit.rest;
