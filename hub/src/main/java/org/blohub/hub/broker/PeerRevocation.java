package org.blohub.hub.broker;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/** Whether the CRLs a node checks now revoke a peer node's TLS certificate, and from when. */
@FunctionalInterface
public interface PeerRevocation {

    /** For brokers that check no CRLs (the benchmark's and the broker tests'). */
    PeerRevocation NONE = certificate -> Optional.empty();

    Optional<Instant> revokedSince(X509Certificate certificate);
}
