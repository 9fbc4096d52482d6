package org.blohub.adapters.spi;

import java.util.Objects;

/**
 * A document as a national system posted it: the bytes exactly as received and the name it arrived under
 * (file name, mail Message-ID, request path), which refusals and error files quote.
 */
public record NationalDocument(String name, byte[] content) {

    public NationalDocument {
        Objects.requireNonNull(name, "name");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
