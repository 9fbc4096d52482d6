package org.blohub.crypto.detached;

/** Why a detached signature was refused. */
public enum SignatureFailure {
    /** Not a well-formed detached CMS SignedData with exactly one signer, its certificate and signed attributes. */
    MALFORMED,
    /** The signature does not verify over the document: the document or the signature was changed. */
    SIGNATURE_INVALID,
    /** The signing time lies further in the future than the allowed clock skew. */
    SIGNING_TIME_IN_FUTURE,
    /** The signer does not meet the caller's {@link SignerRequirement}. */
    SIGNER_NOT_ALLOWED,
    /** The signer certificate has no valid path to a trust anchor. */
    SIGNER_NOT_TRUSTED,
    /** The signer certificate, or a CA above it, had been revoked at the signing time. */
    SIGNER_REVOKED,
    /** The signer certificate, or a CA above it, had expired at the signing time. */
    SIGNER_EXPIRED,
    /** The signer certificate, or a CA above it, was not yet valid at the signing time. */
    SIGNER_NOT_YET_VALID,
    /** The signer certificate's key usage does not allow signing. */
    SIGNER_KEY_USAGE,
    /** No usable CRL says whether the signer's path was revoked at the signing time. */
    REVOCATION_UNKNOWN
}
