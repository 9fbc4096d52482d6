package org.blohub.hub.airgap;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

import org.blohub.crypto.detached.DetachedSignatureException;
import org.blohub.crypto.detached.DetachedSignatureVerifier;
import org.blohub.crypto.detached.SignatureFailure;
import org.blohub.crypto.detached.SignerRequirement;

/**
 * Checks the detached CMS signature of a bundle manifest: it verifies, its signer's certificate path validates at
 * the signing time, and the signer is the TLS certificate the signed registry pins for one of its nodes.
 */
final class ManifestSignatureCheck {

    private final DetachedSignatureVerifier verifier;
    private final Map<String, X509Certificate> nodeTlsCertificates;

    /** @param nodeTlsCertificates each registry node's name and the TLS certificate the registry pins for it */
    ManifestSignatureCheck(DetachedSignatureVerifier verifier, Map<String, X509Certificate> nodeTlsCertificates) {
        this.verifier = verifier;
        this.nodeTlsCertificates = Map.copyOf(nodeTlsCertificates);
    }

    /** The registry node that signed the manifest. */
    String signerNode(byte[] manifestJson, byte[] signature) throws BundleRefusedException {
        SignerRequirement registryNode = signer -> nodeOf(signer).isPresent() ? Optional.empty()
                : Optional.of("signer " + signer.getSubjectX500Principal().getName()
                        + " is not the TLS certificate of any node in the signed registry");
        try {
            X509Certificate signer = verifier.verify(manifestJson, signature, registryNode).signer();
            return nodeOf(signer).orElseThrow();
        } catch (DetachedSignatureException e) {
            BundleRefusal refusal = e.failure() == SignatureFailure.SIGNER_NOT_ALLOWED
                    ? BundleRefusal.SIGNER_NOT_SOURCE_NODE : BundleRefusal.SIGNATURE_INVALID;
            throw new BundleRefusedException(refusal, "the signature of " + BundleManifest.FILE + " is refused ("
                    + e.failure() + "): " + e.getMessage(), e);
        }
    }

    private Optional<String> nodeOf(X509Certificate certificate) {
        return nodeTlsCertificates.entrySet().stream().filter(node -> node.getValue().equals(certificate))
                .map(Map.Entry::getKey).findFirst();
    }
}
