package io.storyline.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one way the pages write a moment ("8 Dec 2026, 14:05", in the newsroom's time zone) and a day
 * ("2026-12-08", as the archive writes publication and event dates). Pages call {@code #{times.moment(x)}} and
 * {@code #{times.day(x)}}; view models call {@link #format(Object)}. Machine formats (REST, CSV exports, the
 * {@code datetime} attribute of {@code <time>}) stay ISO.
 *
 * <p>The zone is {@value #ZONE_KEY} (an IANA name such as {@code Europe/Berlin}), the server's own zone when unset.
 */
@Named
@ApplicationScoped
public class Times {

    /** The configuration key of the zone the pages show times in. */
    public static final String ZONE_KEY = "storyline.ui.time-zone";

    private static final Logger LOG = Logger.getLogger(Times.class.getName());
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static volatile ZoneId zone;

    /** A moment as the pages write it, in the configured zone; empty for none. */
    public String moment(Object value) {
        return format(value);
    }

    /** A day as the pages write it ({@code 2026-12-08}); a moment's day in the configured zone; empty for none. */
    public String day(Object value) {
        return day(value, zone());
    }

    /** The zone the pages show times in, e.g. {@code UTC} or {@code Europe/Berlin}. */
    public String getZone() {
        return zone().getId();
    }

    /** A moment as the pages write it, in the configured zone. */
    public static String format(Object value) {
        return format(value, zone());
    }

    /**
     * A moment ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Date}; a
     * {@link LocalDateTime} is taken as already in the zone) as "8 Dec 2026, 14:05" in {@code in}; empty for null.
     */
    public static String format(Object value, ZoneId in) {
        TemporalAccessor local = inZone(value, in);
        if (local == null) {
            return value instanceof LocalDate d ? d.toString() : value == null ? "" : value.toString();
        }
        return MOMENT.format(local);
    }

    static String day(Object value, ZoneId in) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        ZonedDateTime local = inZone(value, in);
        return local == null ? value == null ? "" : value.toString() : local.toLocalDate().toString();
    }

    private static ZonedDateTime inZone(Object value, ZoneId in) {
        if (value instanceof Instant i) {
            return i.atZone(in);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(in);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(in);
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(in);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(in);
        }
        return null;
    }

    static ZoneId zone() {
        ZoneId known = zone;
        if (known == null) {
            known = configured(ConfigProvider.getConfig().getOptionalValue(ZONE_KEY, String.class).orElse(null));
            zone = known;
        }
        return known;
    }

    /** The zone named, or the server's when none or an unknown one is named (said once in the log). */
    static ZoneId configured(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            LOG.warning(ZONE_KEY + "=" + name + " is not a time zone (e.g. Europe/Berlin); the pages use "
                    + ZoneId.systemDefault() + ".");
            return ZoneId.systemDefault();
        }
    }
}
