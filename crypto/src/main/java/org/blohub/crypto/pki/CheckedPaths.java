package org.blohub.crypto.pki;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, up to a bound, the part of a certificate path check that does not depend on the instant:
 * the path a presented chain leads to (its signatures and PKIX rules verified) and what the CRLs say about
 * each of its certificates. A node sees the same few signer chains in every message; with this, checking
 * one again is comparing dates.
 *
 * <p>An entry is known by the SHA-256 of the exact encodings of the presented chain and of every CRL the
 * validator holds ({@link PassedChecks#identify}), so another certificate, another CRL, or one bit changed
 * in either is a new entry, checked in full. Validity periods, the CRLs' nextUpdate and revocation dates are
 * compared with the instant on every validation.
 */
final class CheckedPaths {

    static final int DEFAULT_CAPACITY = 1024;

    /** A path found and verified for a presented chain, and what the CRLs say about it. */
    record CheckedPath(AnchoredPath path, PathRevocation revocation) {
    }

    private final Map<ByteBuffer, CheckedPath> checked;

    CheckedPaths(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.checked = Collections.synchronizedMap(new LeastRecentlyUsed<>(capacity));
    }

    Optional<CheckedPath> find(ByteBuffer chainAndCrls) {
        return Optional.ofNullable(checked.get(chainAndCrls));
    }

    void remember(ByteBuffer chainAndCrls, CheckedPath path) {
        checked.put(chainAndCrls, path);
    }
}
