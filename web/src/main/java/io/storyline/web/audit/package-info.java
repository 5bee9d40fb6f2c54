/**
 * The audit log in the web layer: {@link io.storyline.web.audit.Audit}, which each feature's actions (never a page
 * bean or a REST resource) call after an action, with the caller and the address it came from; refused sign-ins written once per burst with a count
 * ({@link io.storyline.web.audit.RefusedSignIns}); the log's filters and its CSV form.
 */
package io.storyline.web.audit;
