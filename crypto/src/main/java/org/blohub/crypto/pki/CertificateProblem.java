package org.blohub.crypto.pki;

/** Why a certificate path was refused. */
public enum CertificateProblem {
    /** No path from the certificate to a trust anchor, or the path breaks a PKIX rule (signature, CA constraints). */
    UNTRUSTED,
    /** A CRL of the issuer lists the certificate as revoked at or before the instant checked. */
    REVOKED,
    /** A certificate of the path had expired at the instant checked. */
    EXPIRED,
    /** A certificate of the path was not yet valid at the instant checked. */
    NOT_YET_VALID,
    /** The end-entity key usage does not allow what the key is about to be used for. */
    WRONG_KEY_USAGE,
    /** For some CA of the path there is no CRL that is signed by it, verifies and covers the instant checked. */
    REVOCATION_UNKNOWN
}
