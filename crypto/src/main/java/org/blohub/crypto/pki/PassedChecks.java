package org.blohub.crypto.pki;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Map;

/**
 * Remembers, up to a bound, checks that passed and whose outcome depends only on the bytes checked:
 * a certificate's or a CRL's signature under an issuer's key, and the PKIX rules of a path. The same
 * national CA certificate and the same CRLs come with every message, so verifying their signatures again
 * for each one is wasted work (docs/performance.md has what it cost).
 *
 * <p>A check is known by the SHA-256 of its kind and the exact encodings it ran on, so a certificate,
 * CRL or key that differs in a single bit is checked afresh. Only passes are remembered. Nothing that
 * depends on time is: validity periods and revocation are checked on every validation.
 */
final class PassedChecks {

    static final int DEFAULT_CAPACITY = 4096;

    private final Map<ByteBuffer, Boolean> passed;

    PassedChecks(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.passed = Collections.synchronizedMap(new LeastRecentlyUsed<>(capacity));
    }

    /**
     * @param kind   what the check is, so that the same bytes checked for another purpose are not confused
     * @param inputs the exact encodings the check runs on, in a fixed order
     */
    static ByteBuffer identify(String kind, byte[]... inputs) {
        MessageDigest digest = newSha256();
        update(digest, kind.getBytes(StandardCharsets.UTF_8));
        for (byte[] input : inputs) {
            update(digest, input);
        }
        return ByteBuffer.wrap(digest.digest());
    }

    /** Runs the verification unless the same check passed before; one that throws is not remembered. */
    void verifyOnce(ByteBuffer check, Verification verification) throws GeneralSecurityException {
        if (hasPassed(check)) {
            return;
        }
        verification.run();
        passed.put(check, Boolean.TRUE);
    }

    boolean hasPassed(ByteBuffer check) {
        return passed.get(check) != null;
    }

    @FunctionalInterface
    interface Verification {
        void run() throws GeneralSecurityException;
    }

    private static void update(MessageDigest digest, byte[] input) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(input.length).array());
        digest.update(input);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
