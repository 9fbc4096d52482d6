package org.blohub.hub.adapter;

import java.util.Objects;

/** One configured outbound adapter: messages delivered to {@code office} are rendered in {@code format} and delivered by {@code channel}. */
record OutboundAdapter(String office, String format, OutboundChannel channel) {

    OutboundAdapter {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channel, "channel");
    }

    String actor() {
        return "adapter:" + office + ":" + format + ":" + channel.name();
    }

    /** What {@code adapter_exports} records it under, next to the office: e.g. {@code webhook:th-cms-xml}. */
    String exportKey() {
        return channel.name() + ":" + format;
    }
}
