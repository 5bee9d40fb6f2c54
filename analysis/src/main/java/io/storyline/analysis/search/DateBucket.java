package io.storyline.analysis.search;

import java.time.LocalDate;

/**
 * One bar of a search's date histogram: the hits published in a month or a year.
 *
 * @param label "2024-03" for a month, "2024" for a year
 * @param from  the first day of the period
 * @param to    the last day of the period
 */
public record DateBucket(String label, LocalDate from, LocalDate to, long count) {
}
