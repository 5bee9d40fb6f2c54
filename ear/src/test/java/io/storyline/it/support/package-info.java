/**
 * What the tests against the packaged EAR share: the deployments (the real EAR, with a test class added
 * when it runs inside the server), an HTTP client for the REST API, and the Chromium driver.
 */
package io.storyline.it.support;
