package org.blohub.hub.cli;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords and API tokens made by the {@code users} command, shown once and stored only as hashes. */
final class RandomSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecret() {
    }

    /** 144 random bits as 24 URL-safe characters. */
    static String password() {
        return of(18);
    }

    /** 256 random bits, as {@code CallerDirectory} expects of a token. */
    static String token() {
        return of(32);
    }

    private static String of(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
