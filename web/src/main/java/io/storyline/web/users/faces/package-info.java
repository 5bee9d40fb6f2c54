/**
 * The user administration page ({@code admin/users.xhtml}): list accounts, create one, change roles, disable or
 * enable, set a password. Every change goes through {@link io.storyline.web.users.UserAdministration}, as the REST
 * API does.
 */
package io.storyline.web.users.faces;
