package org.blohub.hub.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.junit.jupiter.api.Test;

/** A peer node's TLS certificate against real CRLs of real national CAs. */
class CrlPeerRevocationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DevelopmentPki pki = DevelopmentPki.create("Mekong", clock);
    private final Credential laosTls = pki.issueNodeTls("LA-BROKER", LOOPBACK);
    private final Credential thailandsTls = pki.issueNodeTls("TH-BROKER", LOOPBACK);

    @Test
    void aCertificateTheCrlOfItsIssuerListsIsRevokedSinceTheListedTime() {
        Instant revokedAt = NOW.minus(Duration.ofHours(2));
        pki.nationalCa("LA").revoke(laosTls.certificate(), revokedAt);

        CrlPeerRevocation revocation = new CrlPeerRevocation(new CurrentCrls(pki.crls()), clock);

        assertThat(revocation.revokedSince(laosTls.certificate())).contains(revokedAt);
        assertThat(revocation.revokedSince(thailandsTls.certificate())).isEmpty();
    }

    @Test
    void aRevocationFromALaterTimeDoesNotCountYet() {
        pki.nationalCa("LA").revoke(laosTls.certificate(), NOW.plus(Duration.ofHours(1)));

        CrlPeerRevocation revocation = new CrlPeerRevocation(new CurrentCrls(pki.crls()), clock);

        assertThat(revocation.revokedSince(laosTls.certificate())).isEmpty();
    }

    @Test
    void aRevocationCountsOnceTheCurrentCrlsAreReplacedByOnesThatListIt() {
        CurrentCrls current = new CurrentCrls(pki.crls());
        CrlPeerRevocation revocation = new CrlPeerRevocation(current, clock);
        assertThat(revocation.revokedSince(laosTls.certificate())).isEmpty();

        pki.nationalCa("LA").revoke(laosTls.certificate(), NOW.minusSeconds(1));
        current.replace(pki.crls());

        assertThat(revocation.revokedSince(laosTls.certificate())).contains(NOW.minusSeconds(1));
    }

    @Test
    void aCertificateWhoseIssuerHasNoCurrentCrlIsNotRevoked() {
        pki.nationalCa("LA").revoke(laosTls.certificate(), NOW.minusSeconds(1));

        CrlPeerRevocation revocation = new CrlPeerRevocation(new CurrentCrls(List.of(pki.root().currentCrl())), clock);

        assertThat(revocation.revokedSince(laosTls.certificate())).isEmpty();
    }
}
