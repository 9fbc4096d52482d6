package org.blohub.adapters.spi;

import java.util.Objects;

/**
 * A file that came with a national document (an e-mail attachment). The hub seals it as a message
 * attachment; the node computes its descriptor (size, SHA-256) while sealing, as for an upload.
 */
public record AttachmentFile(String name, String mediaType, byte[] content) {

    public AttachmentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
