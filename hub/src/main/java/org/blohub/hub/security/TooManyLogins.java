package org.blohub.hub.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/** The API's answer to a login refused while its address or account is blocked: 429, Retry-After and the reason. */
final class TooManyLogins {

    private static final int STATUS = 429;

    private TooManyLogins() {
    }

    /** @param reason what was blocked and why, with its log code; it must not come from the request */
    static void answer(HttpServletResponse response, String reason, Instant now, Instant until) throws IOException {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setStatus(STATUS);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // the shape of the API's other errors (ApiError)
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"" + reason
                + " until " + until + "; try again in " + seconds + " s\",\"fieldErrors\":[]}");
    }
}
