package org.blohub.crypto.cms;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Size and SHA-256 of a part's plaintext, computed while it streamed through a {@link PartSealer} or
 * {@link PartOpener}; what the signed attachment descriptor of a message binds.
 *
 * @param size   plaintext length in bytes
 * @param sha256 SHA-256 of the plaintext, 64 lowercase hex digits
 */
public record PartDigest(long size, String sha256) {

    public PartDigest {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        Objects.requireNonNull(sha256, "sha256");
    }

    static PartDigest of(long size, byte[] sha256) {
        return new PartDigest(size, HexFormat.of().formatHex(sha256));
    }

    /** Whether this is the part a descriptor names: same size and the same SHA-256 (hex, any case). */
    public boolean matches(long expectedSize, String expectedSha256) {
        return size == expectedSize && sha256.equalsIgnoreCase(expectedSha256);
    }
}
