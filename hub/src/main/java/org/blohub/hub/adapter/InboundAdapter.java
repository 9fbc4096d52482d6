package org.blohub.hub.adapter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.blohub.adapters.spi.DocumentDefaults;

/**
 * One configured inbound adapter: documents of {@code format} arriving in {@code directory} are posted for
 * {@code office}.
 *
 * @param poll         how often the directory is scanned
 * @param settle       how long a file's size and modification time must stay unchanged before it is taken
 * @param maxFileBytes larger files are refused without being read
 * @param defaults     handling and language for documents that do not state them
 */
record InboundAdapter(String office, String format, Path directory, Duration poll, Duration settle,
        long maxFileBytes, DocumentDefaults defaults) {

    InboundAdapter {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(defaults, "defaults");
    }

    /** Who submits its messages, for the audit trail: {@code adapter:LA-HOUAYXAY:la-customs-csv}. */
    String actor() {
        return "adapter:" + office + ":" + format;
    }

    String routeId() {
        return "adapter-in-" + office + "-" + format;
    }
}
