package org.blohub.hub.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One step Spring recorded while a node started (e.g. {@code spring.beans.instantiate} for bean
 * {@code nodeBroker}), with its place in the tree of steps.
 */
record RecordedStep(long id, Optional<Long> parentId, String name, Optional<String> bean, Instant start, Instant end) {

    Duration duration() {
        return Duration.between(start, end);
    }

    boolean childOf(RecordedStep parent) {
        return parentId.equals(Optional.of(parent.id()));
    }
}
