package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.testing.AdjustableClock;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final Instant START = Instant.parse("2026-11-28T12:00:00Z");

    private AdjustableClock clock;
    private DevelopmentPki pki;
    private CertificateAuthority thailand;

    @BeforeEach
    void createPki() {
        clock = new AdjustableClock(START);
        pki = DevelopmentPki.create("Mekong", clock);
        thailand = pki.nationalCa("TH");
    }

    @Nested
    class Issuing {

        @Test
        void issuesRequestedSubjectKeyAndValidityWithChainUpToTheRoot() throws Exception {
            KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
            Instant notAfter = START.plus(Duration.ofDays(90));

            Credential issued = thailand.issue(new CertificateRequest("TH-CHIANGKHONG", "TH", keys.getPublic(),
                    CertificatePurpose.OFFICE_SIGNING, START, notAfter, List.of()), keys.getPrivate());

            assertThat(issued.certificate().getPublicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
            assertThat(issued.certificate().getNotBefore().toInstant()).isEqualTo(START);
            assertThat(issued.certificate().getNotAfter().toInstant()).isEqualTo(notAfter);
            assertThat(issued.chain()).containsExactly(
                    issued.certificate(), thailand.certificate(), pki.root().certificate());
            issued.certificate().verify(thailand.certificate().getPublicKey(), CryptoProvider.bouncyCastle());
        }

        @Test
        void givesEveryCertificateADifferentPositiveSerialNumber() {
            BigInteger first = pki.issueAuditSigning("TH-node").certificate().getSerialNumber();
            BigInteger second = pki.issueAuditSigning("TH-node").certificate().getSerialNumber();

            assertThat(first).isPositive().isNotEqualTo(second);
            assertThat(first.bitLength()).isLessThanOrEqualTo(127);
        }

        @Test
        void refusesToIssueARootCa() {
            KeyPair keys = KeyAlgorithm.EC_P384.generateKeyPair();

            assertThatThrownBy(() -> thailand.issue(new CertificateRequest("Another root", "TH", keys.getPublic(),
                    CertificatePurpose.ROOT_CA, START, START.plus(Duration.ofDays(1)), List.of()), keys.getPrivate()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Revoking {

        @Test
        void currentCrlIsSignedByTheCaAndValidForSevenDaysFromNow() throws Exception {
            clock.advance(Duration.ofHours(5));

            X509CRL crl = thailand.currentCrl();

            crl.verify(thailand.certificate().getPublicKey(), CryptoProvider.bouncyCastle());
            assertThat(crl.getIssuerX500Principal()).isEqualTo(thailand.certificate().getSubjectX500Principal());
            assertThat(crl.getThisUpdate().toInstant()).isEqualTo(START.plus(Duration.ofHours(5)));
            assertThat(crl.getNextUpdate().toInstant()).isEqualTo(START.plus(Duration.ofHours(5)).plus(Duration.ofDays(7)));
            assertThat(crl.getRevokedCertificates()).isNull();
        }

        @Test
        void listsEveryRevocationWithItsTimeAndReasonKeyCompromise() {
            Credential stolenLaptop = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Credential lostToken = pki.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.X25519);
            Credential stillFine = pki.issueOfficeSigning("TH-NONGKHAI", KeyAlgorithm.EC_P256);
            thailand.revoke(stolenLaptop.certificate(), START.plus(Duration.ofMinutes(10)));
            thailand.revoke(lostToken.certificate(), START.plus(Duration.ofMinutes(20)));
            clock.advance(Duration.ofHours(1));

            X509CRL crl = thailand.currentCrl();

            assertThat(crl.getRevokedCertificates()).hasSize(2);
            X509CRLEntry entry = crl.getRevokedCertificate(stolenLaptop.certificate().getSerialNumber());
            assertThat(entry.getRevocationDate().toInstant()).isEqualTo(START.plus(Duration.ofMinutes(10)));
            assertThat(entry.getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
            assertThat(crl.getRevokedCertificate(lostToken.certificate().getSerialNumber()).getRevocationDate()
                    .toInstant()).isEqualTo(START.plus(Duration.ofMinutes(20)));
            assertThat(crl.isRevoked(stillFine.certificate())).isFalse();
        }

        @Test
        void roundsRevocationTimeDownToTheSecond() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            thailand.revoke(office.certificate(), START.plusMillis(1_999));

            assertThat(thailand.currentCrl().getRevokedCertificate(office.certificate().getSerialNumber())
                    .getRevocationDate().toInstant()).isEqualTo(START.plusSeconds(1));
        }

        @Test
        void crlNumberGrowsWithEachCrl() {
            BigInteger first = crlNumber(thailand.currentCrl());
            BigInteger second = crlNumber(thailand.currentCrl());

            assertThat(second).isGreaterThan(first);
        }

        @Test
        void refusesToRevokeACertificateItDidNotIssue() {
            Credential laotian = pki.issueOfficeSigning("LA-HUAYXAI", KeyAlgorithm.EC_P256);

            assertThatThrownBy(() -> thailand.revoke(laotian.certificate(), START))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("CN=LA-HUAYXAI");
        }

        @Test
        void developmentPkiPublishesTheCrlOfTheRootAndOfEveryNationalCa() {
            pki.nationalCa("LA");

            assertThat(pki.crls()).extracting(X509CRL::getIssuerX500Principal).containsExactlyInAnyOrder(
                    pki.root().certificate().getSubjectX500Principal(),
                    thailand.certificate().getSubjectX500Principal(),
                    pki.nationalCa("LA").certificate().getSubjectX500Principal());
        }
    }

    private static BigInteger crlNumber(X509CRL crl) {
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(crl.getExtensionValue(Extension.cRLNumber.getId()))
                .getOctets()).getValue();
    }

    @Nested
    class OperatorCas {

        @Test
        void regionalRootAndNationalCaNameTheirOrganizationAndAreNotDemoMaterial() throws Exception {
            CertificateAuthority root = CertificateAuthority.createRegionalRoot("Mekong BLO Network", "Mekong Root CA", clock);
            CertificateAuthority national = root.createNationalCa("TH National CA", "TH");
            KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();

            Credential office = national.issue(new CertificateRequest("TH-MAESAI", "TH", keys.getPublic(),
                    CertificatePurpose.OFFICE_SIGNING, START, START.plus(Duration.ofDays(30)), List.of()), keys.getPrivate());

            assertThat(root.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Mekong Root CA,O=Mekong BLO Network");
            assertThat(office.certificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=TH-MAESAI,O=Mekong BLO Network,C=TH");
            assertThat(DevelopmentPki.isDemoMaterial(office.certificate())).isFalse();
            assertThat(DevelopmentPki.isDemoMaterial(national.certificate())).isFalse();
            new CertificatePathValidator(List.of(root.certificate()), List.of(national.certificate()),
                    List.of(root.currentCrl(), national.currentCrl()))
                    .validate(office.chain(), START.plusSeconds(60), KeyUsageRequirement.SIGNING);
        }

        @Test
        void restoredCaKeepsItsRevocationsAndContinuesItsCrlNumbers() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            thailand.revoke(office.certificate(), START.plusSeconds(30));
            thailand.currentCrl();

            CertificateAuthority restored = CertificateAuthority.restore(thailand.credential(), clock,
                    thailand.revocations(), thailand.lastCrlNumber());
            X509CRL crl = restored.currentCrl();

            assertThat(crl.getRevokedCertificate(office.certificate().getSerialNumber()).getRevocationDate().toInstant())
                    .isEqualTo(START.plusSeconds(30));
            assertThat(crlNumber(crl)).isEqualTo(BigInteger.TWO);
            assertThat(crl.getIssuerX500Principal()).isEqualTo(thailand.certificate().getSubjectX500Principal());
        }

        @Test
        void refusesToRestoreWithAPrivateKeyThatIsNotTheCertificates() {
            Credential mismatched = new Credential(KeyAlgorithm.EC_P256.generateKeyPair().getPrivate(),
                    thailand.certificate(), thailand.credential().chain());

            assertThatThrownBy(() -> CertificateAuthority.restore(mismatched, clock, Map.of(), BigInteger.ZERO))
                    .isInstanceOf(PkiException.class)
                    .hasMessageContaining("private key given does not belong to certificate CN=BLO Hub TH National CA (DEMO)");
        }

        @Test
        void refusesToRestoreFromAnEndEntityCertificate() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertThatThrownBy(() -> CertificateAuthority.restore(office, clock, Map.of(), BigInteger.ZERO))
                    .isInstanceOf(PkiException.class).hasMessageContaining("is not a CA certificate");
        }
    }
}
