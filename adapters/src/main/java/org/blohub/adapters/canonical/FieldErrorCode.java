package org.blohub.adapters.canonical;

/** Kind of problem a {@link FieldError} reports, stable for user interfaces to translate. */
public enum FieldErrorCode {
    REQUIRED,
    INVALID_FORMAT,
    TOO_LONG,
    TOO_LARGE,
    OUT_OF_RANGE,
    DUPLICATE,
    SENDER_AMONG_RECIPIENTS,
    IN_THE_PAST,
    IN_THE_FUTURE,
    NOT_AFTER_CREATION,
    NOT_LATIN_SCRIPT,
    TOO_PRECISE,
    /** A control or bidirectional formatting character where none may be (names, identifiers, subject), or NUL in a body. */
    CONTROL_CHARACTER,
    NOT_IN_CONVERSATION,
    /** The document breaks the published JSON schema in a way no other code names, e.g. a member the schema does not know. */
    SCHEMA
}
