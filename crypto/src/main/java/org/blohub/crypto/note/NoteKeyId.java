package org.blohub.crypto.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The 32-bit key ID of c2sp.org/signed-note: the first four bytes, big-endian, of
 * {@code SHA-256(key name || 0x0A || signature type || public key)}.
 */
public record NoteKeyId(int value) {

    public static NoteKeyId compute(String keyName, SignatureType type, byte[] publicKey) {
        SHA256Digest digest = new SHA256Digest();
        byte[] name = keyName.getBytes(StandardCharsets.UTF_8);
        digest.update(name, 0, name.length);
        digest.update((byte) '\n');
        digest.update(type.identifier());
        digest.update(publicKey, 0, publicKey.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return new NoteKeyId(ByteBuffer.wrap(hash).getInt());
    }

    /** Reads the key ID from the first four bytes of a decoded signature. */
    static NoteKeyId readFrom(byte[] bytes) {
        return new NoteKeyId(ByteBuffer.wrap(bytes, 0, 4).getInt());
    }

    public byte[] bytes() {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    /** Eight lowercase hex digits, as in verifier and signer key strings. */
    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    @Override
    public String toString() {
        return hex();
    }
}
