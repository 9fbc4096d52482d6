package org.blohub.hub.broker;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The user name and password the node's own application uses on the in-VM connector. They are
 * accepted only on in-VM connections, never over the network.
 */
public record ApplicationCredentials(String user, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public ApplicationCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    static ApplicationCredentials generate(String nodeName) {
        return new ApplicationCredentials("node-" + nodeName, randomSecret());
    }

    static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @Override
    public String toString() {
        return "ApplicationCredentials[user=" + user + ", password=(hidden)]";
    }
}
