package org.blohub.hub.node;

import java.util.Objects;

import org.blohub.crypto.pki.Credential;

/** The private keys of one office hosted by this node. */
public record OfficeKeys(String officeId, Credential signing, Credential encryption) {

    public OfficeKeys {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(encryption, "encryption");
    }

    @Override
    public String toString() {
        return "OfficeKeys[" + officeId + "]";
    }
}
