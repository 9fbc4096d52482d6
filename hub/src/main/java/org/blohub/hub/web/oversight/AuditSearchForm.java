package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditQuery;

/**
 * The auditor's search form as typed: message id, office, event type and a range of UTC days, each optional.
 * {@link #problem()} names the first field that cannot be read and the bundle key that says how to fix it.
 */
record AuditSearchForm(String messageId, String office, String type, String from, String until, long start) {

    static final int PAGE = 100;
    private static final Pattern MESSAGE_ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,20}");

    /** A field the auditor must correct, with the bundle key of the explanation. */
    record Problem(String field, String messageKey) {
    }

    AuditSearchForm {
        messageId = strip(messageId).toUpperCase(Locale.ROOT);
        office = strip(office).toUpperCase(Locale.ROOT);
        type = strip(type);
        from = strip(from);
        until = strip(until);
        start = Math.max(0, start);
    }

    static AuditSearchForm empty() {
        return new AuditSearchForm("", "", "", "", "", 0);
    }

    boolean isEmpty() {
        return messageId.isEmpty() && office.isEmpty() && type.isEmpty() && from.isEmpty() && until.isEmpty();
    }

    Optional<Problem> problem() {
        if (!messageId.isEmpty() && !MESSAGE_ID.matcher(messageId).matches()) {
            return Optional.of(new Problem("messageId", "audit.search.problem.messageId"));
        }
        if (!office.isEmpty() && !OFFICE.matcher(office).matches()) {
            return Optional.of(new Problem("office", "audit.search.problem.office"));
        }
        if (!type.isEmpty() && Arrays.stream(AuditEventType.values()).noneMatch(known -> known.name().equals(type))) {
            return Optional.of(new Problem("type", "audit.search.problem.type"));
        }
        if (day(from).isEmpty() && !from.isEmpty()) {
            return Optional.of(new Problem("from", "audit.search.problem.date"));
        }
        if (day(until).isEmpty() && !until.isEmpty()) {
            return Optional.of(new Problem("until", "audit.search.problem.date"));
        }
        if (day(from).isPresent() && day(until).isPresent() && day(until).get().isBefore(day(from).get())) {
            return Optional.of(new Problem("until", "audit.search.problem.range"));
        }
        return Optional.empty();
    }

    /** The store query; call only when there is no {@link #problem()}. The until day is included. */
    AuditQuery query() {
        return new AuditQuery(present(messageId), Optional.empty(), present(office),
                present(type).map(AuditEventType::valueOf),
                day(from).map(AuditSearchForm::startOf), day(until).map(day -> startOf(day.plusDays(1))),
                start, PAGE);
    }

    private static Optional<LocalDate> day(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
