/**
 * What the analysis tests share: {@link io.storyline.analysis.testing.H2Archive}, an empty archive database
 * migrated by the real migrations, with the real persistence unit and repositories on it, for plain JUnit tests of
 * the middle tier without a server.
 */
package io.storyline.analysis.testing;
