package org.blohub.hub.airgap;

import java.util.List;
import java.util.Objects;

/** A bundle whose signature, destination and entries were checked: its manifest and envelopes in manifest order. */
record OpenedBundle(BundleManifest manifest, List<BundleEnvelope> envelopes) {

    OpenedBundle {
        Objects.requireNonNull(manifest, "manifest");
        envelopes = List.copyOf(envelopes);
    }
}
