/**
 * User administration, one feature: the audited, ADMIN-only actions ({@link io.storyline.web.users.UserAdministration})
 * that the page ({@code faces}) and the REST API ({@code rest}) both call. What a change to an account does to the
 * sessions already open is the security feature's ({@code AccountChanges}).
 */
package io.storyline.web.users;
