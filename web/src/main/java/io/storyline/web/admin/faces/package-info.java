/**
 * The admin console's system page ({@code admin/system.xhtml}). The page sits under {@code /admin}, which web.xml
 * keeps to ADMIN.
 */
package io.storyline.web.admin.faces;
