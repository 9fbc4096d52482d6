package org.blohub.hub.adapter.idempotency;

import java.util.Objects;

/**
 * What makes two submissions the same: the submitting office and its key; the fingerprint tells a true repeat
 * (same content) from a key reused for other content.
 *
 * @param key         at most 200 characters
 * @param fingerprint SHA-256 (hex) of what was submitted
 */
public record SubmissionKey(String office, String key, String fingerprint) {

    public static final int MAX_KEY_LENGTH = 200;

    public SubmissionKey {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a submission key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
