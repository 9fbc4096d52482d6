package org.blohub.hub.store;

import java.util.Objects;

/** Why a message failed: a stable reason code (e.g. RECIPIENT_REFUSED) and a short text without content. */
public record Failure(String reasonCode, String reasonText) {

    public Failure {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reasonText, "reasonText");
        if (reasonCode.isBlank()) {
            throw new IllegalArgumentException("reasonCode must not be blank");
        }
    }
}
