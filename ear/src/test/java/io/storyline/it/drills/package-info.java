/**
 * Drills on servers of their own (ports +600): a backup restored into a wiped data folder, and a data folder that
 * runs out of space.
 */
package io.storyline.it.drills;
