package org.blohub.hub.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates national systems by {@code Authorization: Bearer <token>}; an unknown token is refused. Both
 * outcomes are published as Spring Security authentication events, like HTTP Basic logins, for the audit log.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final CallerDirectory callers;
    private final AuthenticationEventPublisher events;
    private final WebAuthenticationDetailsSource detailsSource = new WebAuthenticationDetailsSource();

    ApiTokenFilter(CallerDirectory callers, AuthenticationEventPublisher events) {
        this.callers = callers;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            Optional<OfficeCaller> caller = callers.byToken(header.substring(PREFIX.length()).strip());
            if (caller.isEmpty()) {
                events.publishAuthenticationFailure(new BadCredentialsException("unknown API token"),
                        new ApiTokenAttempt(detailsSource.buildDetails(request)));
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "unknown API token");
                return;
            }
            var authentication = new UsernamePasswordAuthenticationToken(caller.get(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name())));
            authentication.setDetails(detailsSource.buildDetails(request));
            events.publishAuthenticationSuccess(authentication);
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
