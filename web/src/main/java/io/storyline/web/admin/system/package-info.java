/**
 * What the System page and {@code GET /api/system} show admins: versions, the configuration in effect with its
 * secrets masked, the application's health checks, memory, and the sizes of the data folder's parts.
 */
package io.storyline.web.admin.system;
