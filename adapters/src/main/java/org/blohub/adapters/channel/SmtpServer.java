package org.blohub.adapters.channel;

import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server notices are sent through, as {@code from}; with a user, the password logs in. STARTTLS is used
 * when the server offers it.
 */
public record SmtpServer(String host, int port, String from, Optional<String> user, Optional<String> password) {

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "smtp://" + user.map(name -> name + "@").orElse("") + host + ":" + port;
    }
}
