/**
 * Time expressions found in documents, as TIMEX3 describes them (type and normalised value), with the calendar
 * interval they cover, its granularity, and what they were resolved against.
 */
package io.storyline.domain.time;
