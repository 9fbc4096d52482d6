package org.blohub.hub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * That this node purged a message's content (its sealed envelope and attachment parts) once its retention period
 * had passed: when, and under which rule, e.g. {@code retention.request=5y}. The header, the envelope's SHA-256,
 * the receipts and the audit events stay.
 */
public record ContentPurge(Instant purgedAt, String rule) {

    public ContentPurge {
        Objects.requireNonNull(purgedAt, "purgedAt");
        Objects.requireNonNull(rule, "rule");
    }
}
