package org.blohub.adapters.xml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the Thai case system: {@code dd/MM/yyyy} and {@code dd/MM/yyyy HH:mm:ss} with Buddhist Era
 * years (BE = CE + 543), in Bangkok time, written with ASCII or Thai digits (๐-๙). The year is converted
 * before the date is checked, so 29/02/2567 (CE 2024, a leap year) is a valid date.
 */
final class BuddhistEraTime {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final int ERA_OFFSET = 543;
    private static final Pattern DATE = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{4})$");
    private static final Pattern DATE_TIME = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2})$");

    private BuddhistEraTime() {
    }

    static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(asciiDigits(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(m.group(3), m.group(2), m.group(1));
    }

    static Optional<Instant> parseDateTime(String text) {
        Matcher m = DATE_TIME.matcher(asciiDigits(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            return date(m.group(3), m.group(2), m.group(1))
                    .map(date -> LocalDateTime.of(date, time).atZone(BANGKOK).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String formatDate(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() + ERA_OFFSET);
    }

    static String formatDateTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BANGKOK);
        return formatDate(local.toLocalDate())
                + String.format(" %02d:%02d:%02d", local.getHour(), local.getMinute(), local.getSecond());
    }

    /** Thai digits ๐-๙ (U+0E50-U+0E59) as ASCII digits; other characters unchanged. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= 0x0E50 && c <= 0x0E59 ? (char) ('0' + c - 0x0E50) : (char) c));
        return out.toString();
    }

    private static Optional<LocalDate> date(String beYear, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(beYear) - ERA_OFFSET, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
