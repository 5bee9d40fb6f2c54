/** The page where signed-in users change their own password. */
package io.storyline.web.account.faces;
