/**
 * Security checked from outside, against the packaged EAR: who may open which page and call which endpoint,
 * hostile content shown inert, sessions, cross-site requests and security headers.
 */
package io.storyline.it.security;
