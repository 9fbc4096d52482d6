package org.blohub.hub.adapter;

import java.nio.file.Path;
import java.util.Objects;

/** One configured outbound adapter: messages delivered to {@code office} are written in {@code format} to {@code directory}. */
record OutboundAdapter(String office, String format, Path directory) {

    OutboundAdapter {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
    }

    String actor() {
        return "adapter:" + office + ":" + format;
    }
}
