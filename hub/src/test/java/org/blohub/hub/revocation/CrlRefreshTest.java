package org.blohub.hub.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.blohub.crypto.cms.CmsSealer;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.crypto.pki.PemFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * The CRL file of a node changes while it runs, with real CMS envelopes, real CAs and real CRLs: a newer CRL
 * revoking the sender's signing certificate is applied on the next refresh and the next envelope from that sender
 * is refused; an older CRL, a CRL of an unknown authority and a file that is no CRL are refused and change nothing;
 * a CRL past its next update takes health DOWN.
 */
class CrlRefreshTest {

    private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private final DevelopmentPki pki = DevelopmentPki.create("Mekong", clock);
    private final Credential chiangKhongSigning = pki.issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    private final Credential chiangKhongEncryption = pki.issueOfficeEncryption("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    private final Credential houayxayEncryption = pki.issueOfficeEncryption("LA-HOUAYXAY", KeyAlgorithm.EC_P256);
    private final List<X509CRL> crlsAtStart = pki.crls();
    private final CurrentCrls current = new CurrentCrls(crlsAtStart);
    private final RevocationAwareOpener opener = new RevocationAwareOpener(new CertificatePathValidator(
            List.of(pki.root().certificate()),
            List.of(pki.nationalCa("TH").certificate(), pki.nationalCa("LA").certificate()), crlsAtStart), current);

    @TempDir
    Path directory;

    private Path crlFile;
    private CrlRefreshJob job;

    private CrlRefreshJob job() throws Exception {
        crlFile = directory.resolve("crls.pem");
        PemFiles.writeCrls(crlFile, crlsAtStart);
        List<X509Certificate> authorities = List.of(pki.root().certificate(), pki.nationalCa("TH").certificate(),
                pki.nationalCa("LA").certificate());
        return new CrlRefreshJob(crlFile, new CrlSetCheck(authorities), current, clock, Duration.ofMinutes(10));
    }

    private byte[] envelopeFromChiangKhong() throws Exception {
        return new CmsSealer(clock).seal("Did pickup 1AB-2345 cross?".getBytes(StandardCharsets.UTF_8),
                chiangKhongSigning, chiangKhongEncryption.certificate(), List.of(houayxayEncryption.certificate()));
    }

    private void revokeChiangKhongsSigningCertificate() {
        now.set(START.plus(Duration.ofHours(1)));
        pki.nationalCa("TH").revoke(chiangKhongSigning.certificate(), now.get().minusSeconds(60));
        PemFiles.writeCrls(crlFile, pki.crls());
    }

    @Test
    void aNewerCrlRevokingTheSenderIsAppliedWithoutARestartAndItsNextEnvelopeIsRefused() throws Exception {
        job = job();
        assertThat(opener.open(envelopeFromChiangKhong(), houayxayEncryption, "before").content()).isNotEmpty();

        revokeChiangKhongsSigningCertificate();
        job.runOnce();

        assertThat(current.crls()).isNotEqualTo(crlsAtStart);
        assertThatThrownBy(() -> opener.open(envelopeFromChiangKhong(), houayxayEncryption, "after"))
                .isInstanceOf(OpenRefusedException.class).hasMessageContaining("revoked");
    }

    @Test
    void anOlderCrlPutBackIsRefusedAndTheRevocationStays() throws Exception {
        job = job();
        revokeChiangKhongsSigningCertificate();
        job.runOnce();
        List<X509CRL> applied = current.crls();

        PemFiles.writeCrls(crlFile, crlsAtStart);
        job.runOnce();

        assertThat(current.crls()).isSameAs(applied);
        assertThat(new CrlSetCheck(List.of(pki.nationalCa("TH").certificate(), pki.root().certificate(),
                pki.nationalCa("LA").certificate())).refusal(applied, crlsAtStart))
                .hasValueSatisfying(reason -> assertThat(reason).contains("was issued", "before the one the node checks now"));
        assertThatThrownBy(() -> opener.open(envelopeFromChiangKhong(), houayxayEncryption, "after"))
                .isInstanceOf(OpenRefusedException.class);
    }

    @Test
    void aCrlOfAnAuthorityOutsideTheRegistryIsRefused() throws Exception {
        job = job();
        DevelopmentPki elsewhere = DevelopmentPki.create("Elsewhere", clock);
        elsewhere.nationalCa("TH");

        PemFiles.writeCrls(crlFile, elsewhere.crls());
        job.runOnce();

        assertThat(current.crls()).containsExactlyElementsOf(crlsAtStart);
        assertThat(new CrlSetCheck(List.of(pki.root().certificate())).refusal(List.of(), elsewhere.crls()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Elsewhere Root CA",
                        "is not issued by a certificate authority of the registry"));
    }

    @Test
    void aCrlInTheNameOfARegistryAuthorityButSignedByAnotherKeyIsRefused() {
        DevelopmentPki impostor = DevelopmentPki.create("Mekong", clock);
        X509CRL forgedThaiCrl = impostor.nationalCa("TH").currentCrl();

        assertThat(new CrlSetCheck(List.of(pki.nationalCa("TH").certificate())).refusal(List.of(), List.of(forgedThaiCrl)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not verify"));
    }

    @Test
    void aFileThatHoldsNoCrlIsRefusedAndTheNodeKeepsItsCrls() throws Exception {
        job = job();
        Files.writeString(crlFile, "-----BEGIN X509 CRL-----\nnot a crl\n-----END X509 CRL-----\n");

        job.runOnce();

        assertThat(current.crls()).containsExactlyElementsOf(crlsAtStart);
    }

    @Test
    void aCrlPastItsNextUpdateTakesHealthDown() {
        CrlFreshness freshness = new CrlFreshness(current, clock);
        assertThat(freshness.health().getStatus()).isEqualTo(Status.UP);

        now.set(START.plus(Duration.ofDays(8)));

        assertThat(freshness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(freshness.health().getDetails()).containsKey("overdue");
    }
}
