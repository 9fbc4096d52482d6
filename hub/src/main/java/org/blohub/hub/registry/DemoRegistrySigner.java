package org.blohub.hub.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.Credential;

/** Issues the demo's registry signer, with the profile of {@link RegistrySignerProfile}. */
public final class DemoRegistrySigner {

    public static final String COMMON_NAME = "BLO Hub Regional Registry Signer (DEMO)";

    private static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private DemoRegistrySigner() {
    }

    public static Credential issue(CertificateAuthority regionalRoot, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return RegistrySignerProfile.issue(regionalRoot, COMMON_NAME, now.minus(Duration.ofHours(1)), now.plus(VALIDITY));
    }
}
