package org.blohub.adapters.spi;

import java.util.Objects;

/** A message written in a national format, ready for a directory, a mail or a webhook. */
public record RenderedDocument(String fileName, String mediaType, byte[] content) {

    public RenderedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
