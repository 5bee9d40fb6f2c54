/** The admin's backup page: start a backup, watch its progress, see the complete backups and how to restore one. */
package io.storyline.web.backup.faces;
