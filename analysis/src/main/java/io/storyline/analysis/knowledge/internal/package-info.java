/**
 * The knowledge's implementations: admins' changes to aliases, the gazetteer, the event taxonomy and the tag
 * taxonomy (each in the caller's transaction, the cache told at once), the CSV import, and the seeder that puts the
 * knowledge Storyline ships with into the database once per seed version.
 */
package io.storyline.analysis.knowledge.internal;
