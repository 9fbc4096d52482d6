package org.blohub.hub.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A bearer token that matched no caller, as the failed authentication of a login event. It holds no token and
 * no name: the token is a secret and names nobody. Public so the login audit can tell it from a sign-in.
 */
public final class ApiTokenAttempt extends AbstractAuthenticationToken {

    ApiTokenAttempt(Object details) {
        super(List.of());
        setDetails(details);
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "";
    }
}
