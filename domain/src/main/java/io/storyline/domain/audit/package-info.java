/**
 * The audit log: who did what to which object, when and from where. Entries are written once and never changed
 * or deleted by the application; the repository offers no way to.
 */
package io.storyline.domain.audit;
