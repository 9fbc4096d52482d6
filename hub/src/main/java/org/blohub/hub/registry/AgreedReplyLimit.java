package org.blohub.hub.registry;

import java.time.Duration;
import java.util.Objects;

/** The reply limit an agreement sets for REQUESTs of one priority between two offices. */
public record AgreedReplyLimit(String agreementId, Duration limit) {

    public AgreedReplyLimit {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(limit, "limit");
    }
}
