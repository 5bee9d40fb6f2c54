/**
 * Time expressions of a document, normalised against its reference date: what the language pipeline's SUTime
 * found, corrected where news text misleads it (a weekday or a month without a year, told in the past tense, is
 * the last one, not the next), with what each was resolved against.
 */
package io.storyline.analysis.times;
