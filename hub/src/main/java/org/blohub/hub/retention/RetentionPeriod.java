package org.blohub.hub.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a node keeps a message's content, as written in its setting: {@code 5y}, {@code 6mo}, {@code 90d},
 * {@code 12h}, {@code 30m}, {@code 10s}, an ISO-8601 period or duration ({@code P5Y}, {@code PT1S}), or
 * {@code never}. Years and months are calendar years and months in UTC.
 */
record RetentionPeriod(String setting, Optional<Period> calendar, Optional<Duration> exact) {

    static final String NEVER = "never";
    private static final int MAX_SETTING_LENGTH = 24;
    private static final Pattern SHORT = Pattern.compile("([1-9][0-9]{0,5})(y|mo|d|h|m|s)");

    /**
     * @throws RetentionSettingException naming the setting and the forms it accepts
     */
    static RetentionPeriod parse(String property, String setting) {
        String value = setting.strip();
        if (value.equals(NEVER)) {
            return new RetentionPeriod(value, Optional.empty(), Optional.empty());
        }
        if (value.length() <= MAX_SETTING_LENGTH) {
            Matcher written = SHORT.matcher(value);
            if (written.matches()) {
                return ofShort(value, Integer.parseInt(written.group(1)), written.group(2));
            }
            Optional<RetentionPeriod> iso = ofIso(value);
            if (iso.isPresent()) {
                return iso.get();
            }
        }
        throw new RetentionSettingException(property + "=" + shortened(value) + " is not a retention period: write "
                + "a positive number with y, mo, d, h, m or s (e.g. 5y, 90d), an ISO-8601 period or duration "
                + "(e.g. P5Y, PT1S), or never");
    }

    private static RetentionPeriod ofShort(String value, int amount, String unit) {
        return switch (unit) {
            case "y" -> calendar(value, Period.ofYears(amount));
            case "mo" -> calendar(value, Period.ofMonths(amount));
            case "d" -> calendar(value, Period.ofDays(amount));
            case "h" -> exact(value, Duration.ofHours(amount));
            case "m" -> exact(value, Duration.ofMinutes(amount));
            default -> exact(value, Duration.ofSeconds(amount));
        };
    }

    private static Optional<RetentionPeriod> ofIso(String value) {
        try {
            if (value.startsWith("PT")) {
                Duration duration = Duration.parse(value);
                return duration.isNegative() || duration.isZero() ? Optional.empty()
                        : Optional.of(exact(value, duration));
            }
            if (value.startsWith("P")) {
                Period period = Period.parse(value);
                return period.isNegative() || period.isZero() ? Optional.empty()
                        : Optional.of(calendar(value, period));
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static RetentionPeriod calendar(String value, Period period) {
        return new RetentionPeriod(value, Optional.of(period), Optional.empty());
    }

    private static RetentionPeriod exact(String value, Duration duration) {
        return new RetentionPeriod(value, Optional.empty(), Optional.of(duration));
    }

    /** A setting is not content, but it is not echoed at any length either. */
    private static String shortened(String value) {
        return value.length() <= MAX_SETTING_LENGTH ? "'" + value + "'" : "'" + value.substring(0, MAX_SETTING_LENGTH)
                + "...'";
    }

    boolean keepsForever() {
        return calendar.isEmpty() && exact.isEmpty();
    }

    /** Content stored before this instant has outlived the period at {@code now}; empty when kept forever. */
    Optional<Instant> storedBefore(Instant now) {
        if (exact.isPresent()) {
            return Optional.of(now.minus(exact.get()));
        }
        return calendar.map(period -> now.atZone(ZoneOffset.UTC).minus(period).toInstant());
    }
}
