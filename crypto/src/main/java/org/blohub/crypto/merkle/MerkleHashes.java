package org.blohub.crypto.merkle;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * RFC 9162 §2.1.1 hashing with SHA-256: {@code leaf = SHA-256(0x00 || data)},
 * {@code node = SHA-256(0x01 || left || right)}, and the empty tree hashes to SHA-256 of the empty string.
 */
public final class MerkleHashes {

    /** Length in bytes of every hash in the tree. */
    public static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    /** Building a Bouncy Castle digest costs more than hashing 65 bytes, so each thread reuses one. */
    private static final ThreadLocal<SHA256Digest> DIGEST = ThreadLocal.withInitial(SHA256Digest::new);

    private MerkleHashes() {
    }

    public static byte[] emptyRoot() {
        return digest(freshDigest());
    }

    public static byte[] leafHash(byte[] data) {
        SHA256Digest digest = freshDigest();
        digest.update(LEAF_PREFIX);
        digest.update(data, 0, data.length);
        return digest(digest);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left child");
        requireHash(right, "right child");
        SHA256Digest digest = freshDigest();
        digest.update(NODE_PREFIX);
        digest.update(left, 0, HASH_LENGTH);
        digest.update(right, 0, HASH_LENGTH);
        return digest(digest);
    }

    static void requireHash(byte[] hash, String what) {
        if (hash == null || hash.length != HASH_LENGTH) {
            throw new MerkleTreeException(what + " must be a " + HASH_LENGTH + "-byte hash but has "
                    + (hash == null ? "no value" : hash.length + " bytes"));
        }
    }

    private static SHA256Digest freshDigest() {
        SHA256Digest digest = DIGEST.get();
        digest.reset();
        return digest;
    }

    private static byte[] digest(SHA256Digest digest) {
        byte[] out = new byte[HASH_LENGTH];
        digest.doFinal(out, 0);
        return out;
    }
}
