package org.blohub.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.Optional;

/** What the end-entity key is about to be used for, checked against its key usage extension. */
public enum KeyUsageRequirement {
    /** Verifying a signature: digitalSignature or nonRepudiation. */
    SIGNING(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.NON_REPUDIATION),
    /** Encrypting to the key: keyAgreement or keyEncipherment. */
    KEY_ESTABLISHMENT(KeyUsageBit.KEY_AGREEMENT, KeyUsageBit.KEY_ENCIPHERMENT);

    private final KeyUsageBit[] acceptable;

    KeyUsageRequirement(KeyUsageBit... acceptable) {
        this.acceptable = acceptable;
    }

    /**
     * True if the certificate's key usage has one of the acceptable bits. A certificate without
     * a key usage extension places no restriction on its key (RFC 5280, section 4.2.1.3).
     */
    boolean isSatisfiedBy(X509Certificate certificate) {
        Optional<boolean[]> keyUsage = Optional.ofNullable(certificate.getKeyUsage());
        if (keyUsage.isEmpty()) {
            return true;
        }
        for (KeyUsageBit bit : acceptable) {
            if (bit.isSetIn(keyUsage.get())) {
                return true;
            }
        }
        return false;
    }

    String describe() {
        StringBuilder description = new StringBuilder();
        for (KeyUsageBit bit : acceptable) {
            description.append(description.length() == 0 ? "" : " or ").append(bit.asn1Name());
        }
        return description.toString();
    }
}
