package org.blohub.hub.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Bytes that cannot change after construction (envelopes, canonical JSON, hashes), with value equality. */
public final class ImmutableBytes {

    private final byte[] bytes;

    private ImmutableBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ImmutableBytes copyOf(byte[] bytes) {
        return new ImmutableBytes(bytes.clone());
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Lower-case hex SHA-256 of the bytes, as stored in envelope_sha256 columns. */
    public String sha256Hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImmutableBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Length only: the bytes may be an envelope and are never printed. */
    @Override
    public String toString() {
        return "ImmutableBytes[" + bytes.length + " bytes]";
    }
}
