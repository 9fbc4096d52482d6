package org.blohub.hub.airgap;

import java.time.Instant;

/** The bundles this node imported, so that none is imported twice. */
interface ImportedBundles {

    /** Records the bundle as imported; false when it was imported before. Joins the caller's transaction. */
    boolean claim(BundleManifest manifest, Instant importedAt, String importedBy);
}
