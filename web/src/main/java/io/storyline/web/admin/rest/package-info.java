/** The admin part of the REST API: what the running system is, uses and is configured with. */
package io.storyline.web.admin.rest;
