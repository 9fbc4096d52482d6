package org.blohub.adapters.canonical;

/** A message id could not be generated (clock outside the ULID range, or id space of one millisecond exhausted). */
public final class IdGenerationException extends IllegalStateException {
    IdGenerationException(String message) {
        super(message);
    }
}
