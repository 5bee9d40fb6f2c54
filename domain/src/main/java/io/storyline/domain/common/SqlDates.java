package io.storyline.domain.common;

import java.time.LocalDate;

/** Reads a day from what a native query returns for a DATE column (the driver's type varies). */
public final class SqlDates {

    private SqlDates() {
    }

    public static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
