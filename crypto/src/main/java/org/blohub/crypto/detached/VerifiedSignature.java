package org.blohub.crypto.detached;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * A detached signature that verified over its document and whose signer certificate validated at
 * the signing time.
 *
 * @param signer      the signer's certificate
 * @param signingTime the signing time from the signed attributes (to the second)
 */
public record VerifiedSignature(X509Certificate signer, Instant signingTime) {

    public VerifiedSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
    }
}
