package org.blohub.adapters.canonical;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A required field of the canonical model is absent. Thrown by the records' constructors, so that no
 * {@link LiaisonMessage} with a missing required value can exist; JSON reading turns it into a
 * {@link LiaisonMessageFormatException} with the field's full path.
 */
public final class MissingFieldException extends NullPointerException {

    private final String field;

    private MissingFieldException(String field) {
        super(field + " must be present");
        this.field = field;
    }

    /** Name of the missing field within its record, e.g. "nameOriginal". */
    public String field() {
        return field;
    }

    static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    /** An immutable copy of a required list, refusing null elements with their index ("to[1]"). */
    static <T> List<T> requireElements(List<T> list, String field) {
        requirePresent(list, field);
        for (int i = 0; i < list.size(); i++) {
            requirePresent(list.get(i), field + "[" + i + "]");
        }
        return List.copyOf(list);
    }

    /** An immutable sorted copy of a required map, refusing null values with their key. */
    static SortedMap<String, String> requireValues(Map<String, String> map, String field) {
        requirePresent(map, field);
        map.forEach((key, value) -> requirePresent(value, field + "." + key));
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
