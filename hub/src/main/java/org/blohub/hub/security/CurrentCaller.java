package org.blohub.hub.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Resolves the authenticated principal to its {@link OfficeCaller}. */
@Component
public class CurrentCaller {

    private final CallerDirectory callers;

    CurrentCaller(CallerDirectory callers) {
        this.callers = callers;
    }

    public OfficeCaller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OfficeCaller caller) {
            return caller;
        }
        return callers.officer(authentication.getName())
                .orElseThrow(() -> new CallerException("authenticated user " + authentication.getName()
                        + " is not in the callers directory"));
    }
}
