/**
 * The people who use Storyline: accounts, their roles (READER, ARCHIVIST, EDITOR, ADMIN, each including the
 * ones before it) and how passwords are hashed (PBKDF2). Authentication itself lives in the web module.
 */
package io.storyline.domain.user;
