/**
 * What every REST resource shares: the application path {@code /api}, JSON settings, and the mapping of
 * exceptions to {@code application/problem+json} answers, one mapper per exception.
 */
package io.storyline.web.rest;
