package org.blohub.hub.pipeline;

import java.util.List;
import java.util.Objects;

import org.blohub.adapters.canonical.FieldError;

/** A submitted message is not accepted: invalid, not authorized or too large. Nothing was recorded or sent. */
public final class SubmissionRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem, so the API can answer 400, 403 or 413. */
    public enum Problem { INVALID, NOT_AUTHORIZED, TOO_LARGE }

    private final Problem problem;
    private final transient List<FieldError> fieldErrors;

    public SubmissionRefusedException(Problem problem, String message, List<FieldError> fieldErrors) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public Problem problem() {
        return problem;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
