/**
 * What every part of the web module reads of an HTTP request: the address it came from, believing
 * {@code X-Forwarded-For} only from the configured proxies.
 */
package io.storyline.web.http;
