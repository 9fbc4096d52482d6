package org.blohub.hub.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** When the node stored a message and when it reached each status (a skipped status has no time). */
public record StatusTimeline(Instant storedAt, Map<MessageStatus, Instant> reachedAt) {

    public StatusTimeline {
        Objects.requireNonNull(storedAt, "storedAt");
        reachedAt = reachedAt.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reachedAt));
    }

    public Optional<Instant> at(MessageStatus status) {
        return Optional.ofNullable(reachedAt.get(status));
    }
}
