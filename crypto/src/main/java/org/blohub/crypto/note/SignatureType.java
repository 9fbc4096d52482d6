package org.blohub.crypto.note;

import java.util.Arrays;
import java.util.Optional;

/** The signature type identifier bytes of c2sp.org/signed-note that this module implements. */
public enum SignatureType {

    /** 0x01: Ed25519 over the note text (c2sp.org/signed-note). */
    ED25519((byte) 0x01),

    /** 0x04: timestamped Ed25519 checkpoint cosignature (c2sp.org/tlog-cosignature, cosignature/v1). */
    ED25519_COSIGNATURE((byte) 0x04);

    private final byte identifier;

    SignatureType(byte identifier) {
        this.identifier = identifier;
    }

    public byte identifier() {
        return identifier;
    }

    public static Optional<SignatureType> of(byte identifier) {
        return Arrays.stream(values()).filter(type -> type.identifier == identifier).findFirst();
    }
}
