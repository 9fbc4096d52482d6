package org.blohub.crypto.pki;

/**
 * What a certificate is for. The purpose decides the key usage, extended key usage and basic
 * constraints the issuing {@link CertificateAuthority} puts into it.
 */
public enum CertificatePurpose {
    /** Self-signed regional trust anchor; may issue national CAs (path length 1). */
    ROOT_CA,
    /** A country's CA, issued by the root; issues only end-entity certificates (path length 0). */
    NATIONAL_CA,
    /** Signs messages on behalf of a liaison office (digitalSignature, nonRepudiation). */
    OFFICE_SIGNING,
    /** Receives encrypted messages for an office (keyAgreement for EC/X25519, else keyEncipherment). */
    OFFICE_ENCRYPTION,
    /** Mutual TLS between nodes' brokers (serverAuth and clientAuth, with DNS/IP subject alternative names). */
    NODE_TLS,
    /** Signs the node's audit checkpoints. */
    AUDIT_SIGNING;

    boolean isCertificateAuthority() {
        return this == ROOT_CA || this == NATIONAL_CA;
    }
}
