package org.blohub.hub.airgap;

import java.util.Objects;

/**
 * One envelope as the manifest lists it: where it is in the bundle, its size and SHA-256, and its routing.
 *
 * @param file   the ZIP entry name, e.g. {@code envelopes/0001.cms}
 * @param sha256 lower-case hex SHA-256 of the entry's bytes
 */
record BundleEntry(String file, long size, String sha256, EnvelopeRouting routing) {

    BundleEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(routing, "routing");
    }
}
