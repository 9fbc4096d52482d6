package org.blohub.adapters.jsonmapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one canonical field is taken from a JSON document: from a JSON Pointer, a constant, or the
 * present values of several pointers joined with spaces; then through a value map (code lists) and a time
 * or date conversion. Missing is refused unless {@code optional}.
 *
 * @param pointer  RFC 6901 JSON Pointer, relative to the block's {@code at} (or the document)
 * @param constant a fixed value instead of a pointer
 * @param join     pointers whose present values are joined with a space
 * @param values   national code -> canonical value; a code not listed is refused
 * @param time     {@code epoch-millis}, {@code epoch-seconds}, {@code iso-instant}, or a pattern such as
 *                 {@code dd/MM/yyyy HH:mm} read in {@code zone}
 * @param zone     time zone of a {@code time} pattern, e.g. {@code Asia/Phnom_Penh}
 * @param date     pattern of a date, e.g. {@code yyyy-MM-dd}
 * @param optional true when the field may be absent
 */
record FieldRule(Optional<String> pointer, Optional<String> constant, List<String> join, Map<String, String> values,
        Optional<String> time, Optional<String> zone, Optional<String> date, boolean optional) {

    FieldRule {
        pointer = Objects.requireNonNullElse(pointer, Optional.empty());
        constant = Objects.requireNonNullElse(constant, Optional.empty());
        join = join == null ? List.of() : List.copyOf(join);
        values = values == null ? Map.of() : Map.copyOf(values);
        time = Objects.requireNonNullElse(time, Optional.empty());
        zone = Objects.requireNonNullElse(zone, Optional.empty());
        date = Objects.requireNonNullElse(date, Optional.empty());
    }

    /** Where the value comes from, for refusals: the pointer, or the joined pointers. */
    String source(String base) {
        if (pointer.isPresent()) {
            return base + pointer.get();
        }
        return join.isEmpty() ? "(constant)" : String.join(" + ", join.stream().map(p -> base + p).toList());
    }
}
