package org.blohub.hub.node;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;

/**
 * Stops a node from starting on the material the demo bootstrap generates (its trust root says {@code O=BLO Hub DEMO})
 * unless demo material is explicitly allowed: the {@code demo} command and the test networks allow it, and a lone
 * node tried out on {@code ./data/demo} needs {@code --blo.node.allow-demo-material=true}.
 */
final class DemoMaterialRefusal {

    static final String ALLOW_PROPERTY = "blo.node.allow-demo-material";

    private DemoMaterialRefusal() {
    }

    static void refuseUnlessAllowed(NodeMaterial material, boolean allowed) {
        if (allowed) {
            return;
        }
        Path root = material.trustRoot();
        List<X509Certificate> roots = PemFiles.readCertificates(root);
        if (roots.stream().anyMatch(DevelopmentPki::isDemoMaterial)) {
            throw new NodeStartupException("BLO-NODE-001 node " + material.nodeName() + " refuses to start on demo "
                    + "material: the trust root " + root.toAbsolutePath().normalize() + " is the demo's (O=BLO Hub DEMO), and so are "
                    + "the registry and keys under " + material.directory().toAbsolutePath().normalize() + ". Point "
                    + "blo.node.material-dir at the region's real trust root, signed registry and keys, or, to try a "
                    + "node out on demo material, start it with --" + ALLOW_PROPERTY + "=true (or run the demo command).");
        }
    }
}
