/**
 * The curation part of the REST API: how far editors have reviewed the machine's results ({@code /api/quality}).
 */
package io.storyline.web.curation.rest;
