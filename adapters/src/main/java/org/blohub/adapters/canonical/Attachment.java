package org.blohub.adapters.canonical;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Description of an attached file. The content travels separately; the signed message binds it
 * through {@code sha256} (64 lowercase hex digits). {@code size} is in bytes; a JSON document without it is
 * refused rather than read as an empty file.
 */
public record Attachment(String name, String mediaType, @JsonProperty(required = true) long size, String sha256) {

    public Attachment {
        MissingFieldException.requirePresent(name, "name");
        MissingFieldException.requirePresent(mediaType, "mediaType");
        MissingFieldException.requirePresent(sha256, "sha256");
    }
}
