package org.blohub.crypto.pki;

import java.util.ArrayList;
import java.util.List;

/** The bits of the X.509 key usage extension, in the order of RFC 5280 section 4.2.1.3. */
enum KeyUsageBit {
    DIGITAL_SIGNATURE("digitalSignature"),
    NON_REPUDIATION("nonRepudiation"),
    KEY_ENCIPHERMENT("keyEncipherment"),
    DATA_ENCIPHERMENT("dataEncipherment"),
    KEY_AGREEMENT("keyAgreement"),
    KEY_CERT_SIGN("keyCertSign"),
    CRL_SIGN("cRLSign"),
    ENCIPHER_ONLY("encipherOnly"),
    DECIPHER_ONLY("decipherOnly");

    private final String asn1Name;

    KeyUsageBit(String asn1Name) {
        this.asn1Name = asn1Name;
    }

    String asn1Name() {
        return asn1Name;
    }

    boolean isSetIn(boolean[] keyUsage) {
        return ordinal() < keyUsage.length && keyUsage[ordinal()];
    }

    static List<String> namesSetIn(boolean[] keyUsage) {
        List<String> names = new ArrayList<>();
        for (KeyUsageBit bit : values()) {
            if (bit.isSetIn(keyUsage)) {
                names.add(bit.asn1Name);
            }
        }
        return names;
    }
}
