package org.blohub.hub.api;

import java.util.List;

import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused submissions become 400, 403 or 413 with the reason and the field errors. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<ApiError> refused(SubmissionRefusedException refused) {
        HttpStatus status = switch (refused.problem()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_AUTHORIZED -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
        List<ApiError.FieldProblem> fields = refused.fieldErrors().stream()
                .map(error -> new ApiError.FieldProblem(error.path(), error.code().name(), error.message()))
                .toList();
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), refused.getMessage(), fields));
    }
}
