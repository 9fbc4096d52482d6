package org.blohub.adapters.channel;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of one IMAP poll: unread mails of {@code folder} are taken, each as one document, from senders whose
 * address is in {@code allowedSenders} (compared without case).
 *
 * @param tls whether the server is reached over IMAPS (TLS from the first byte)
 */
public record ImapPoll(String routeId, String host, int port, boolean tls, String user, String password,
        String folder, Duration poll, Set<String> allowedSenders) {

    public ImapPoll {
        Objects.requireNonNull(routeId, "routeId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(poll, "poll");
        allowedSenders = allowedSenders.stream().map(address -> address.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(String address) {
        return allowedSenders.contains(address.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "ImapPoll[" + (tls ? "imaps" : "imap") + "://" + user + "@" + host + ":" + port + "/" + folder + "]";
    }
}
