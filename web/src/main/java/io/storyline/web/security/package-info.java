/**
 * Who may do what. Jakarta Security with one mechanism for the whole application: a form login (a session)
 * for pages, HTTP Basic for API clients, and accounts from our own database with PBKDF2 hashes. The first
 * admin is created at start-up from {@code storyline.bootstrap.*}.
 */
package io.storyline.web.security;
