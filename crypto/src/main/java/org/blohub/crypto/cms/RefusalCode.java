package org.blohub.crypto.cms;

/** Why an envelope was refused. Each reason has a stable code for logs and runbooks. */
public enum RefusalCode {
    /** The bytes are not a well-formed envelope of our profile. */
    MALFORMED("CMS-001"),
    /** The authentication tag, a wrapped key or the signature does not verify: the bytes were changed. */
    TAMPERED("CMS-002"),
    /** None of the envelope's recipients is the office trying to open it. */
    NOT_A_RECIPIENT("CMS-003"),
    /** The signer's certificate does not lead to a trusted root. */
    UNTRUSTED_SIGNER("CMS-004"),
    /** A certificate of the signer's path was revoked before the signing time. */
    SIGNER_REVOKED("CMS-005"),
    /** A certificate of the signer's path had expired at the signing time. */
    CERTIFICATE_EXPIRED("CMS-006"),
    /** A certificate of the signer's path was not yet valid at the signing time. */
    CERTIFICATE_NOT_YET_VALID("CMS-007"),
    /** The signer's certificate is not meant for signing. */
    WRONG_KEY_USAGE("CMS-008"),
    /** The envelope uses a content, key or signature algorithm outside the accepted profiles. */
    UNSUPPORTED_ALGORITHM("CMS-009"),
    /** Whether the signer's certificate was revoked cannot be decided (no current CRL). */
    REVOCATION_UNKNOWN("CMS-010");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    /** The stable machine code with the reason's name, e.g. {@code CMS-003 NOT_A_RECIPIENT}. */
    public String machineCode() {
        return code + " " + name();
    }
}
