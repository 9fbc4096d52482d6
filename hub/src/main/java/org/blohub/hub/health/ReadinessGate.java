package org.blohub.hub.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server opens before the routes run, and keeps serving while the node stops: until the node is ready (and
 * again once it stops) every request but a health probe is answered 503 with Retry-After and the reason, instead of
 * reaching a submission path that cannot store or send it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadinessGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String REASON = "BLO-OUT-011 the node is starting or stopping and takes no requests now; nothing was "
            + "received or stored, try again in a few seconds";

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessGate.class);

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("BLO-OUT-011 {} {} answered 503: the node is not ready", request.getMethod(), request.getRequestURI());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"" + REASON
                + "\",\"fieldErrors\":[]}");
    }
}
