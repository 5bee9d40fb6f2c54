/**
 * Test support shared by the modules: the migrated database and the persistence unit outside the server, for
 * tests of repositories and services wired by hand.
 */
package io.storyline.testing;
