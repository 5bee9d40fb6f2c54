/**
 * Accounts as admins manage them: the REST API ({@code rest}) and what a change to an account does to the sessions
 * already open ({@link io.storyline.web.users.AccountChanges}). The page is {@code web.admin.faces.UsersBean}.
 */
package io.storyline.web.users;
