package org.blohub.hub.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After a successful page login: forgets the account's failed attempts and continues where the user was going. */
final class LockoutSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginLockout lockout;

    LockoutSuccessHandler(LoginLockout lockout) {
        this.lockout = lockout;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        lockout.recordSuccess(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
