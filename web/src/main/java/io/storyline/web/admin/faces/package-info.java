/**
 * The admin console's pages for users ({@code admin/users.xhtml}) and the system ({@code admin/system.xhtml}). The
 * pages sit under {@code /admin}, which web.xml keeps to ADMIN; the beans check the role again before acting.
 */
package io.storyline.web.admin.faces;
