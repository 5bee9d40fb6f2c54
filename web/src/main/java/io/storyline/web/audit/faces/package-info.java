/** The admin page of the audit log: filters in the URL, newest entries first, export of what is shown. */
package io.storyline.web.audit.faces;
