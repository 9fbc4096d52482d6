package org.blohub.hub.registry;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.CertificateRequest;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;

/** Issues the demo's registry signer: an EC P-256 signing certificate directly under the regional root. */
public final class DemoRegistrySigner {

    public static final String COMMON_NAME = "BLO Hub Regional Registry Signer (DEMO)";

    /** ISO 3166 user-assigned code: the registry signer acts for the region, not for one country. */
    private static final String REGION_CODE = "ZZ";
    private static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private DemoRegistrySigner() {
    }

    public static Credential issue(CertificateAuthority regionalRoot, Clock clock) {
        KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CertificateRequest request = new CertificateRequest(COMMON_NAME, REGION_CODE, keys.getPublic(),
                CertificatePurpose.OFFICE_SIGNING, now.minus(Duration.ofHours(1)), now.plus(VALIDITY), List.of());
        return regionalRoot.issue(request, keys.getPrivate());
    }
}
