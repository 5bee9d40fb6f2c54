/** {@code /api/users/me}: what every signed-in user may do to their own account through the API. */
package io.storyline.web.account.rest;
