/**
 * The users part of the REST API, for admins: list accounts and create one with its roles. The admin console
 * builds on the same service.
 */
package io.storyline.web.users.rest;
