/**
 * Who may do what. Jakarta Security with one mechanism for the whole application: a form login (a session)
 * for pages, HTTP Basic for API clients, and accounts from our own database with PBKDF2 hashes. The first
 * admin is created at start-up from {@code storyline.bootstrap.*}. Guessing is slowed per source of an attempt
 * (device cookie, known address, untrusted) so nobody can lock a user out; cross-site API changes are refused; no
 * redirect carries the client's Host header ({@code storyline.public-url}).
 */
package io.storyline.web.security;
