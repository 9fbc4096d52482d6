package org.blohub.hub.revocation;

import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.blohub.hub.broker.PeerRevocation;

/**
 * A peer's TLS certificate is revoked once the current CRL of its issuer lists it with a revocation time that has
 * come. The CRLs are the ones {@link CrlRefreshJob} keeps current, so a CRL applied while the node runs counts.
 */
final class CrlPeerRevocation implements PeerRevocation {

    private final CurrentCrls crls;
    private final Clock clock;

    CrlPeerRevocation(CurrentCrls crls, Clock clock) {
        this.crls = crls;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> revokedSince(X509Certificate certificate) {
        Instant now = clock.instant();
        return crls.of(certificate.getIssuerX500Principal().getName())
                .map(crl -> crl.getRevokedCertificate(certificate))
                .map(X509CRLEntry::getRevocationDate)
                .map(Date::toInstant)
                .filter(revokedAt -> !revokedAt.isAfter(now));
    }
}
