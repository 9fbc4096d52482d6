package org.blohub.hub.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the officer reads them: in the page language's own format and the node's time zone; in Thai
 * with the Buddhist Era year and its era name (พ.ศ.). Templates call it as {@code @pageDates}.
 */
@Component("pageDates")
public class PageDates {

    private final ZoneId zone;

    PageDates(@Value("${blo.web.time-zone:Asia/Bangkok}") ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant instant) {
        return format(instant, LocaleContextHolder.getLocale());
    }

    public String format(Optional<Instant> instant) {
        return instant.map(this::format).orElse("");
    }

    String format(Instant instant, Locale locale) {
        return formatter(locale).format(instant.atZone(zone));
    }

    /** The first instant of a day in the node's zone. */
    Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    ZoneId zone() {
        return zone;
    }

    private static DateTimeFormatter formatter(Locale locale) {
        if (locale.getLanguage().equals("th")) {
            return DateTimeFormatter.ofPattern("d MMM G y HH:mm", locale).withChronology(ThaiBuddhistChronology.INSTANCE);
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }
}
