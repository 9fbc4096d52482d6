package org.blohub.hub.adapter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.blohub.adapters.spi.DocumentDefaults;

/**
 * One configured inbound adapter: documents of {@code format} arriving in {@code directory} are posted for
 * {@code office}.
 *
 * @param poll         how often the directory is scanned
 * @param settle       how long a file's size and modification time must stay unchanged before it is taken
 * @param maxFileBytes larger files are refused without being read
 * @param defaults     handling and language for documents that do not state them
 * @param sftp         for the sftp channel: the server files are fetched from into {@code directory}
 */
record InboundAdapter(String office, String format, Path directory, Duration poll, Duration settle,
        long maxFileBytes, DocumentDefaults defaults, Optional<SftpServer> sftp) {

    /** An SFTP server of the national system; the password and known_hosts come from their own files. */
    record SftpServer(String host, int port, String user, String password, Path knownHostsFile,
            String remoteDirectory) {

        @Override
        public String toString() {
            return user + "@" + host + ":" + port + "/" + remoteDirectory;
        }
    }

    InboundAdapter {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(sftp, "sftp");
    }

    /** Who submits its messages, for the audit trail: {@code adapter:LA-HOUAYXAY:la-customs-csv}. */
    String actor() {
        return "adapter:" + office + ":" + format;
    }

    String routeId() {
        return "adapter-in-" + office + "-" + format;
    }

    String pullRouteId() {
        return "adapter-sftp-" + office + "-" + format;
    }
}
