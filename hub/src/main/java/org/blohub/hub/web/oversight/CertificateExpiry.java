package org.blohub.hub.web.oversight;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * One certificate of the registry with its expiry, classified against a point in time.
 *
 * @param owner   the office, node or country it belongs to
 * @param purpose what it is for: SIGNING, ENCRYPTION, NODE_TLS or NATIONAL_CA
 */
record CertificateExpiry(String owner, String purpose, Instant notAfter, State state) {

    /** Certificates that expire within this time are highlighted. */
    static final Duration SOON = Duration.ofDays(30);

    enum State { VALID, EXPIRES_SOON, EXPIRED }

    static CertificateExpiry of(String owner, String purpose, X509Certificate certificate, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new CertificateExpiry(owner, purpose, notAfter, stateAt(notAfter, now));
    }

    static State stateAt(Instant notAfter, Instant now) {
        if (!notAfter.isAfter(now)) {
            return State.EXPIRED;
        }
        return notAfter.isAfter(now.plus(SOON)) ? State.VALID : State.EXPIRES_SOON;
    }

    public boolean highlighted() {
        return state != State.VALID;
    }
}
