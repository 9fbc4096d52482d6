package org.blohub.hub.airgap;

import java.util.Objects;

/** A sealed envelope as it waited for a peer, with the clear properties it waited with. */
record BundleEnvelope(EnvelopeRouting routing, byte[] envelope) {

    BundleEnvelope {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(envelope, "envelope");
    }
}
