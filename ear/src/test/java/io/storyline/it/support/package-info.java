/**
 * What the tests against the packaged EAR share: the run's one test server with the EAR deployed
 * ({@link io.storyline.it.support.SharedServer}), servers of their own for tests that kill one, the EAR with a test
 * class added for the tests that run inside a server, an HTTP client for the REST API, and the run's one Chromium.
 */
package io.storyline.it.support;
