package org.blohub.hub.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.blohub.hub.pipeline.SubmissionFailedException;
import org.blohub.hub.pipeline.SubmissionRefusalAudit;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refused submissions become 400, 403 or 413 with the reason and the field errors; submissions the node
 * failed to store become 503, to be submitted again.
 */
@RestControllerAdvice
class ApiErrors {

    private static final String RETRY_AFTER_SECONDS = "30";

    private final DataSize maxFileSize;
    private final SubmissionRefusalAudit refusals;
    private final CurrentCaller callers;

    ApiErrors(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize,
            SubmissionRefusalAudit refusals, CurrentCaller callers) {
        this.maxFileSize = maxFileSize;
        this.refusals = refusals;
        this.callers = callers;
    }

    /**
     * Answered here rather than through the servlet error page, which API token callers cannot reach
     * (the token filter does not run on the error dispatch), so they got 401 instead of, e.g., 404.
     */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException exception) {
        HttpStatusCode status = exception.getStatusCode();
        HttpStatus known = HttpStatus.resolve(status.value());
        return ResponseEntity.status(status).body(new ApiError(status.value(),
                known == null ? "" : known.getReasonPhrase(), exception.getReason(), List.of()));
    }

    /** Spring's multipart limits (spring.servlet.multipart.max-file-size and max-request-size). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException exceeded) {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(),
                "an attachment is larger than the " + maxFileSize.toMegabytes() + " MB allowed per file, or the "
                        + "request as a whole is too large; send smaller files or split them over several messages",
                List.of()));
    }

    /** A multipart submission without its 'message' part names the part and what it must hold. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException missing) {
        return badRequest("the multipart part '" + missing.getRequestPartName() + "' is missing; a submission with "
                + "attachments has a part 'message' (the JSON document, Content-Type application/json) and one part "
                + "'attachment' per file");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException missing) {
        return badRequest("the query parameter '" + missing.getParameterName() + "' (" + missing.getParameterType()
                + ") is required");
    }

    private static ResponseEntity<ApiError> badRequest(String reason) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), reason, List.of()));
    }

    /** Audited as REJECTED before it is answered: a refused submission is stored nowhere else. */
    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<ApiError> refused(SubmissionRefusedException refused, Authentication caller,
            HttpServletRequest request) {
        OfficeCaller office = callers.of(caller);
        refusals.record(office.name(), office.office(), request.getMethod() + " " + request.getRequestURI(), refused);
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

    /** The node's fault, not the message's (e.g. its database is unavailable): worth trying again shortly. */
    @ExceptionHandler(SubmissionFailedException.class)
    ResponseEntity<ApiError> failed(SubmissionFailedException failed) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(new ApiError(status.value(), status.getReasonPhrase(), failed.getMessage(), List.of()));
    }
}
