package org.blohub.adapters.canonical;

import java.util.Objects;

/**
 * Description of an attached file. The content travels separately; the signed message binds it
 * through {@code sha256} (64 lowercase hex digits).
 */
public record Attachment(String name, String mediaType, long size, String sha256) {

    public Attachment {
        Objects.requireNonNull(name, "attachment name must be present");
        Objects.requireNonNull(mediaType, "attachment mediaType must be present");
        Objects.requireNonNull(sha256, "attachment sha256 must be present");
    }
}
