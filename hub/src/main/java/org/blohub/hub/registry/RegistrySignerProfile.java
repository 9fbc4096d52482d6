package org.blohub.hub.registry;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.CertificateRequest;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;

/**
 * The certificate a node accepts as registry signer (docs/registry.md): a fresh EC P-256 key, issued directly by
 * the regional root, key usage digitalSignature and nonRepudiation, no extended key usage, {@code C=ZZ}.
 */
public final class RegistrySignerProfile {

    /** ISO 3166 user-assigned code: the registry signer acts for the region, not for one country. */
    public static final String REGION_CODE = "ZZ";

    private RegistrySignerProfile() {
    }

    public static Credential issue(CertificateAuthority regionalRoot, String commonName, Instant notBefore,
            Instant notAfter) {
        KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
        CertificateRequest request = new CertificateRequest(commonName, REGION_CODE, keys.getPublic(),
                CertificatePurpose.OFFICE_SIGNING, notBefore, notAfter, List.of());
        return regionalRoot.issue(request, keys.getPrivate());
    }
}
