package org.blohub.hub.store;

import java.util.Objects;

/** Who signed an inbound envelope (certificate subject DN and serial, hex) and whether it verified. */
public record SignerVerification(String certificateSubject, String certificateSerial, SignatureStatus status) {

    public SignerVerification {
        Objects.requireNonNull(certificateSubject, "certificateSubject");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(status, "status");
    }
}
