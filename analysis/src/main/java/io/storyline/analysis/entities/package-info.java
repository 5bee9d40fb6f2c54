/**
 * Finds the people, organisations, places and other names of a text and links each mention to one entity of the
 * document: the recogniser's names, corrected and completed by the gazetteer; name variants ("Blinken" for
 * "Antony Blinken"), aliases ("al-Quds" for Jerusalem), abbreviations the text introduces, and descriptions of a
 * title holder ("the top US diplomat"). Pronouns never become entities. Across documents,
 * {@link io.storyline.analysis.entities.CrossDocumentResolver} says which of the archive's entities a name stands
 * for, and {@link io.storyline.analysis.entities.EntityRegistry} creates new ones so that workers side by side
 * share them.
 */
package io.storyline.analysis.entities;
