package org.blohub.hub.adapter;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.blohub.adapters.channel.SmtpServer;
import org.blohub.adapters.spi.DocumentDefaults;

/**
 * One configured IMAP adapter: mails of {@code format} arriving in the server's folder from one of
 * {@code allowedSenders} are posted for {@code office}.
 *
 * @param poll     how often the folder is looked at
 * @param defaults handling and language for mails that do not state them
 * @param notices  where "a reply is waiting" notices to the officers who asked by mail are sent from, if at all
 */
record MailAdapter(String office, String format, MailServer server, Duration poll, Set<String> allowedSenders,
        DocumentDefaults defaults, Optional<SmtpServer> notices) {

    /** The IMAP server holding the officers' mails; the password comes from its own file. */
    record MailServer(String host, int port, boolean tls, String user, String password, String folder) {

        @Override
        public String toString() {
            return (tls ? "imaps" : "imap") + "://" + user + "@" + host + ":" + port + "/" + folder;
        }
    }

    MailAdapter {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(poll, "poll");
        allowedSenders = Set.copyOf(allowedSenders);
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(notices, "notices");
    }

    String actor() {
        return "adapter:" + office + ":" + format;
    }

    /** What {@code adapter_exports} records a delivered message under once its notice is dealt with. */
    String noticeKey() {
        return "mail-notice:" + format;
    }

    String routeId() {
        return "adapter-imap-" + office + "-" + format;
    }
}
