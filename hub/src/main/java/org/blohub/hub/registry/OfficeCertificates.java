package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** The two certificates the registry publishes for an office. */
public record OfficeCertificates(X509Certificate signing, X509Certificate encryption) {

    public OfficeCertificates {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(encryption, "encryption");
    }
}
