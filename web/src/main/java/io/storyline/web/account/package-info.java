/**
 * A signed-in user's own account: changing one's password on a page ({@code faces}, {@code account/password.xhtml})
 * or through {@code PUT /api/users/me/password} ({@code rest}), both through {@link io.storyline.web.account.OwnPassword}.
 */
package io.storyline.web.account;
