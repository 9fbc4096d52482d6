package org.blohub.hub.airgap;

import java.util.function.Supplier;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.Credential;

/**
 * Signs a bundle manifest with a detached CMS signature by this node's TLS key, the key whose certificate the signed
 * registry pins for the node. The key is read from its key store for each export, not kept at start.
 */
final class ManifestSigner {

    private final DetachedSigner signer;
    private final Supplier<Credential> nodeTls;

    ManifestSigner(DetachedSigner signer, Supplier<Credential> nodeTls) {
        this.signer = signer;
        this.nodeTls = nodeTls;
    }

    byte[] sign(byte[] manifestJson) {
        return signer.sign(manifestJson, nodeTls.get());
    }
}
