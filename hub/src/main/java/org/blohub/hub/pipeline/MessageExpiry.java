package org.blohub.hub.pipeline;

import java.time.Duration;
import java.time.Instant;

import org.blohub.hub.node.NodeProperties;
import org.springframework.stereotype.Component;

/** How long a message may wait in the brokers, set by its priority (FLASH 12 h, IMMEDIATE 3 d, ROUTINE 14 d by default). */
@Component
class MessageExpiry {

    private final NodeProperties.Expiry expiry;

    MessageExpiry(NodeProperties properties) {
        this.expiry = properties.expiry();
    }

    Duration timeToLive(String priority) {
        return switch (priority) {
            case "FLASH" -> expiry.flash();
            case "IMMEDIATE" -> expiry.immediate();
            default -> expiry.routine();
        };
    }

    Instant expiresAt(Instant createdAt, String priority) {
        return createdAt.plus(timeToLive(priority));
    }
}
