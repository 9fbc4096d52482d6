package org.blohub.hub.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The node's officer accounts, locked while {@link AccountLockout} says so: Spring Security then refuses the login
 * before checking the password, on every chain.
 */
final class LockingUserDetails implements UserDetailsService {

    private final UserDetailsService officers;
    private final AccountLockout lockout;
    private final Clock clock;

    LockingUserDetails(UserDetailsService officers, AccountLockout lockout, Clock clock) {
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
