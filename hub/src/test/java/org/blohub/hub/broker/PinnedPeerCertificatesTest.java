package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.junit.jupiter.api.Test;

class PinnedPeerCertificatesTest {

    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.systemUTC());
    private static final Credential THAILAND = PKI.issueNodeTls("TH-BROKER", List.of("th.example"));
    private static final Credential LAOS = PKI.issueNodeTls("LA-BROKER", List.of("la.example"));

    private final PinnedPeerCertificates pinned = PinnedPeerCertificates.of(
            Map.of("TH", THAILAND.certificate(), "LA", LAOS.certificate()));

    @Test
    void namesTheNodeWhosePinnedCertificateIsPresented() {
        assertThat(pinned.nodeNameOf(THAILAND.certificate())).contains("TH");
        assertThat(pinned.nodeNameOf(LAOS.certificate())).contains("LA");
    }

    @Test
    void doesNotRecogniseAnotherCertificateWithTheSameSubjectFromTheSameCa() {
        Credential sameName = PKI.issueNodeTls("TH-BROKER", List.of("th.example"));

        assertThat(sameName.certificate().getSubjectX500Principal())
                .isEqualTo(THAILAND.certificate().getSubjectX500Principal());
        assertThat(pinned.nodeNameOf(sameName.certificate())).isEmpty();
    }

    @Test
    void refusesToPinOneCertificateForTwoNodes() {
        assertThatThrownBy(() -> PinnedPeerCertificates.of(
                Map.of("TH", THAILAND.certificate(), "KH", THAILAND.certificate())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pinned for two nodes");
    }

    @Test
    void fingerprintsAsLowerCaseHexSha256OfTheDerCertificate() throws Exception {
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(THAILAND.certificate().getEncoded()));

        assertThat(PinnedPeerCertificates.fingerprint(THAILAND.certificate())).isEqualTo(expected).hasSize(64);
    }
}
