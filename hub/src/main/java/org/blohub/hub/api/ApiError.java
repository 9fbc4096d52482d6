package org.blohub.hub.api;

import java.util.List;

/** An error answer: what went wrong and, for invalid messages, each field with its problem. */
public record ApiError(int status, String error, String message, List<FieldProblem> fieldErrors) {

    /** One field that breaks a rule. */
    public record FieldProblem(String path, String code, String message) {
    }
}
