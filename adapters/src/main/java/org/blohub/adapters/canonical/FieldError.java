package org.blohub.adapters.canonical;

/**
 * One problem found in a message: where ({@code path}, e.g. "to[1]", "entities.persons[0].nameLatin",
 * "handling.restrictionText"), what kind, and an officer-readable sentence saying what to fix. The
 * sentence never repeats the field's content.
 */
public record FieldError(String path, FieldErrorCode code, String message) {
}
