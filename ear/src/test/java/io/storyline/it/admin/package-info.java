/** The admin console from outside, against the packaged EAR: the audit log and login throttling. */
package io.storyline.it.admin;
