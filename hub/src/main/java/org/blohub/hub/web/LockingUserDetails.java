package org.blohub.hub.web;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The node's officer accounts as the page login sees them: the same users, passwords and roles, locked while
 * {@link LoginLockout} says so (Spring Security then refuses the login before checking the password).
 */
final class LockingUserDetails implements UserDetailsService {

    private final UserDetailsService officers;
    private final LoginLockout lockout;
    private final Clock clock;

    LockingUserDetails(UserDetailsService officers, LoginLockout lockout, Clock clock) {
        this.officers = officers;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        UserDetails user = officers.loadUserByUsername(username);
        return User.withUserDetails(user).accountLocked(lockout.isLocked(username, clock.instant())).build();
    }
}
