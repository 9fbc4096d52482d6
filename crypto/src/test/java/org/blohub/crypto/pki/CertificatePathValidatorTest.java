package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.testing.AdjustableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificatePathValidatorTest {

    private static final Instant ISSUED_AT = Instant.parse("2026-11-28T12:00:00Z");
    private static final KeyPair RSA_SIGNING_KEYS = KeyAlgorithm.RSA_3072.generateKeyPair();
    private static final KeyPair RSA_ENCRYPTION_KEYS = KeyAlgorithm.RSA_3072.generateKeyPair();

    private AdjustableClock clock;
    private DevelopmentPki pki;

    @BeforeEach
    void createPki() {
        clock = new AdjustableClock(ISSUED_AT);
        pki = DevelopmentPki.create("Mekong", clock);
    }

    @Nested
    class AcceptsValidPaths {

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "EC_P384", "ED25519"})
        void acceptsOfficeSigningCertificateForSigning(KeyAlgorithm algorithm) {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", algorithm);

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING);
        }

        @Test
        void acceptsRsaOfficeSigningCertificateForSigning() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", RSA_SIGNING_KEYS);

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING);
        }

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "EC_P384", "X25519"})
        void acceptsOfficeEncryptionCertificateForKeyEstablishment(KeyAlgorithm algorithm) {
            Credential office = pki.issueOfficeEncryption("LA-HUAYXAI", algorithm);

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.KEY_ESTABLISHMENT);
        }

        @Test
        void acceptsRsaOfficeEncryptionCertificateForKeyEstablishment() {
            Credential office = pki.issueOfficeEncryption("LA-HUAYXAI", RSA_ENCRYPTION_KEYS);

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.KEY_ESTABLISHMENT);
        }

        @Test
        void acceptsMlKemEncryptionCertificateForKeyEstablishment() throws Exception {
            KeyPair mlKem = KeyPairGenerator.getInstance("ML-KEM-768", CryptoProvider.bouncyCastle()).generateKeyPair();
            Credential office = pki.issueOfficeEncryption("LA-HUAYXAI", mlKem);

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.KEY_ESTABLISHMENT);
        }

        @Test
        void acceptsCompositeMlDsaSigningCertificateForSigning() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", CompositeKeys.mlDsa65WithEcdsaP256());

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING);
        }

        @Test
        void acceptsCompositeMlKemEncryptionCertificateForKeyEstablishment() {
            Credential office = pki.issueOfficeEncryption("LA-HUAYXAI", CompositeKeys.mlKem768WithX25519());

            assertValid(office.chain(), ISSUED_AT, KeyUsageRequirement.KEY_ESTABLISHMENT);
        }

        @Test
        void acceptsEndEntityAloneWhenTheNationalCaIsAKnownIntermediate() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = new CertificatePathValidator(
                    List.of(pki.root().certificate()), List.of(pki.nationalCa("TH").certificate()), pki.crls());

            assertThatCode(() -> validator.validate(List.of(office.certificate()), ISSUED_AT,
                    KeyUsageRequirement.SIGNING)).doesNotThrowAnyException();
        }

        @Test
        void acceptsCertificatesParsedByTheJdkProvider() throws Exception {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.ED25519);
            CertificateFactory jdkFactory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> parsedByJdk = new ArrayList<>();
            for (X509Certificate certificate : office.chain()) {
                parsedByJdk.add((X509Certificate) jdkFactory.generateCertificate(
                        new ByteArrayInputStream(certificate.getEncoded())));
            }

            assertValid(parsedByJdk, ISSUED_AT, KeyUsageRequirement.SIGNING);
        }

        @Test
        void acceptsNodeTlsAndAuditCertificates() {
            assertValid(pki.issueNodeTls("TH-node", List.of("localhost")).chain(), ISSUED_AT,
                    KeyUsageRequirement.KEY_ESTABLISHMENT);
            assertValid(pki.issueAuditSigning("TH-node").chain(), ISSUED_AT, KeyUsageRequirement.SIGNING);
        }
    }

    @Nested
    class Untrusted {

        @Test
        void refusesChainFromAnotherRoot() {
            Credential foreign = DevelopmentPki.create("Elsewhere", clock)
                    .issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            CertificateCheckException failure = failure(foreign.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.UNTRUSTED);
            assertThat(failure.getMessage()).contains("CN=TH-MAESAI")
                    .contains(foreign.certificate().getSerialNumber().toString(16));
        }

        @Test
        void refusesChainFromAnImpostorRootWithTheSameNames() {
            Credential impostor = DevelopmentPki.create("Mekong", clock)
                    .issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(impostor.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING, CertificateProblem.UNTRUSTED);
        }

        @Test
        void refusesEndEntityWhoseIssuerIsNeitherPresentedNorKnown() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(List.of(office.certificate()), ISSUED_AT, KeyUsageRequirement.SIGNING,
                    CertificateProblem.UNTRUSTED);
        }

        @Test
        void refusesPathThroughAnEndEntityCertificateActingAsCa() {
            Credential notACa = pki.issueOfficeSigning("TH-ROGUE", KeyAlgorithm.EC_P256);
            X509Certificate issuedByEndEntity = EndEntityIssuedCertificate.issue(notACa, "TH-VICTIM", ISSUED_AT);
            List<X509Certificate> chain = new ArrayList<>(List.of(issuedByEndEntity));
            chain.addAll(notACa.chain());

            CertificateCheckException failure = failure(chain, ISSUED_AT, KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.UNTRUSTED);
            assertThat(failure.getMessage()).contains("PKIX");
        }
    }

    @Nested
    class ValidityPeriod {

        @Test
        void refusesLeafThatHadExpiredAtTheInstantChecked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Instant threeYearsLater = ISSUED_AT.plus(Duration.ofDays(3 * 365));

            CertificateCheckException failure = failure(office.chain(), threeYearsLater, KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.EXPIRED);
            assertThat(failure.getMessage()).contains("CN=TH-MAESAI")
                    .contains(office.certificate().getSerialNumber().toString(16));
        }

        @Test
        void refusesLeafThatWasNotYetValidAtTheInstantChecked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(office.chain(), ISSUED_AT.minus(Duration.ofHours(2)), KeyUsageRequirement.SIGNING,
                    CertificateProblem.NOT_YET_VALID);
        }

        @Test
        void refusesValidLeafUnderAnExpiredNationalCa() {
            KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
            Credential longLived = pki.nationalCa("TH").issue(new CertificateRequest("TH-MAESAI", "TH", keys.getPublic(),
                    CertificatePurpose.OFFICE_SIGNING, ISSUED_AT, ISSUED_AT.plus(Duration.ofDays(20 * 365)), List.of()),
                    keys.getPrivate());
            Instant elevenYearsLater = ISSUED_AT.plus(Duration.ofDays(11 * 365));
            clock.set(elevenYearsLater);

            CertificateCheckException failure = failure(longLived.chain(), elevenYearsLater,
                    KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.EXPIRED);
            assertThat(failure.getMessage()).contains("CN=BLO Hub TH National CA (DEMO)");
        }
    }

    @Nested
    class KeyUsage {

        @Test
        void refusesSigningCertificateForKeyEstablishment() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            CertificateCheckException failure = failure(office.chain(), ISSUED_AT,
                    KeyUsageRequirement.KEY_ESTABLISHMENT);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.WRONG_KEY_USAGE);
            assertThat(failure.getMessage()).contains("CN=TH-MAESAI").contains("keyAgreement or keyEncipherment");
        }

        @Test
        void refusesEncryptionCertificateForSigning() {
            Credential office = pki.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING, CertificateProblem.WRONG_KEY_USAGE);
        }
    }

    @Nested
    class Revocation {

        @Test
        void refusesCertificateRevokedBeforeTheInstantChecked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            pki.nationalCa("TH").revoke(office.certificate(), ISSUED_AT.plus(Duration.ofHours(1)));
            clock.advance(Duration.ofHours(3));

            CertificateCheckException failure = failure(office.chain(), ISSUED_AT.plus(Duration.ofHours(2)),
                    KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.REVOKED);
            assertThat(failure.getMessage()).contains("CN=TH-MAESAI")
                    .contains(office.certificate().getSerialNumber().toString(16));
        }

        @Test
        void refusesCertificateRevokedAtExactlyTheInstantChecked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Instant revokedAt = ISSUED_AT.plus(Duration.ofHours(1));
            pki.nationalCa("TH").revoke(office.certificate(), revokedAt);

            assertProblem(office.chain(), revokedAt, KeyUsageRequirement.SIGNING, CertificateProblem.REVOKED);
        }

        @Test
        void acceptsMessageSignedBeforeTheCertificateWasRevoked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            pki.nationalCa("TH").revoke(office.certificate(), ISSUED_AT.plus(Duration.ofHours(1)));
            clock.advance(Duration.ofHours(3));

            assertValid(office.chain(), ISSUED_AT.plus(Duration.ofMinutes(30)), KeyUsageRequirement.SIGNING);
        }

        @Test
        void refusesLeafUnderARevokedNationalCa() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            pki.root().revoke(pki.nationalCa("TH").certificate(), ISSUED_AT);

            CertificateCheckException failure = failure(office.chain(), ISSUED_AT.plus(Duration.ofMinutes(1)),
                    KeyUsageRequirement.SIGNING);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.REVOKED);
            assertThat(failure.getMessage()).contains("CN=BLO Hub TH National CA (DEMO)");
        }

        @Test
        void revocationOfAnotherCertificateDoesNotAffectThisOne() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Credential other = pki.issueOfficeSigning("TH-NONGKHAI", KeyAlgorithm.EC_P256);
            pki.nationalCa("TH").revoke(other.certificate(), ISSUED_AT);

            assertValid(office.chain(), ISSUED_AT.plus(Duration.ofHours(1)), KeyUsageRequirement.SIGNING);
            assertProblem(other.chain(), ISSUED_AT.plus(Duration.ofHours(1)), KeyUsageRequirement.SIGNING,
                    CertificateProblem.REVOKED);
        }
    }

    @Nested
    class RevocationUnknown {

        @Test
        void refusesPathWithoutAnyCrl() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(validator(List.of()), office.chain(), ISSUED_AT, CertificateProblem.REVOCATION_UNKNOWN);
        }

        @Test
        void refusesPathWhenTheRootCrlIsMissing() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            List<X509CRL> nationalCrlOnly = List.of(pki.nationalCa("TH").currentCrl());

            CertificateCheckException failure = failure(validator(nationalCrlOnly), office.chain(), ISSUED_AT);

            assertThat(failure.problem()).isEqualTo(CertificateProblem.REVOCATION_UNKNOWN);
            assertThat(failure.getMessage()).contains("CN=BLO Hub TH National CA (DEMO)");
        }

        @Test
        void refusesPathWhoseCrlIsForgedByAnotherKeyUnderTheIssuersName() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            X509CRL forged = DevelopmentPki.create("Mekong", clock).nationalCa("TH").currentCrl();
            assertThat(forged.getIssuerX500Principal()).isEqualTo(office.certificate().getIssuerX500Principal());

            assertProblem(validator(List.of(pki.root().currentCrl(), forged)), office.chain(), ISSUED_AT,
                    CertificateProblem.REVOCATION_UNKNOWN);
        }

        @Test
        void forgedEmptyCrlCannotHideARevocationListedInTheGenuineOne() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            pki.nationalCa("TH").revoke(office.certificate(), ISSUED_AT);
            X509CRL forged = DevelopmentPki.create("Mekong", clock).nationalCa("TH").currentCrl();
            List<X509CRL> crls = new ArrayList<>(List.of(forged));
            crls.addAll(pki.crls());

            assertProblem(validator(crls), office.chain(), ISSUED_AT.plus(Duration.ofMinutes(1)),
                    CertificateProblem.REVOKED);
        }

        @Test
        void refusesPathWhenTheCrlHadExpiredBeforeTheInstantChecked() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            List<X509CRL> crlsIssuedNow = pki.crls();

            assertProblem(validator(crlsIssuedNow), office.chain(), ISSUED_AT.plus(Duration.ofDays(8)),
                    CertificateProblem.REVOCATION_UNKNOWN);
        }
    }

    /** One validator checks many messages and remembers signatures that verified; none of that may excuse a failure. */
    @Nested
    class SameValidatorUsedAgain {

        @Test
        void refusesAPathThatHasExpiredSinceItPassed() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();

            assertProblem(validator, office.chain(), ISSUED_AT.plus(Duration.ofDays(3 * 365)), CertificateProblem.EXPIRED);
        }

        @Test
        void refusesAPathRevokedAfterTheInstantAtWhichItPassed() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            pki.nationalCa("TH").revoke(office.certificate(), ISSUED_AT.plus(Duration.ofHours(1)));
            clock.advance(Duration.ofHours(3));
            CertificatePathValidator withRevocation = validator(pki.crls());
            assertThatCode(() -> withRevocation.validate(office.chain(), ISSUED_AT.plus(Duration.ofMinutes(30)),
                    KeyUsageRequirement.SIGNING)).doesNotThrowAnyException();

            assertProblem(withRevocation, office.chain(), ISSUED_AT.plus(Duration.ofHours(2)), CertificateProblem.REVOKED);
        }

        @Test
        void refusesAnImpostorWithTheSameNamesAfterTheGenuinePathPassed() {
            Credential genuine = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Credential impostor = DevelopmentPki.create("Mekong", clock).issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(genuine.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();

            assertProblem(validator, impostor.chain(), ISSUED_AT, CertificateProblem.UNTRUSTED);
        }

        @Test
        void refusesACertificateWithAnAlteredSignatureAfterTheGenuineOnePassed() throws Exception {
            Credential genuine = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(genuine.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();
            byte[] altered = genuine.certificate().getEncoded();
            altered[altered.length - 1] ^= 0x01;
            X509Certificate alteredCertificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(altered));
            List<X509Certificate> chain = new ArrayList<>(genuine.chain());
            chain.set(0, alteredCertificate);

            assertProblem(validator, chain, ISSUED_AT, CertificateProblem.UNTRUSTED);
        }

        @Test
        void refusesTheWrongKeyUsageForAPathThatPassedForSigning() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();

            CertificateCheckException failure = catchThrowableOfType(() -> validator.validate(office.chain(), ISSUED_AT,
                    KeyUsageRequirement.KEY_ESTABLISHMENT), CertificateCheckException.class);

            assertThat(failure).isNotNull();
            assertThat(failure.problem()).isEqualTo(CertificateProblem.WRONG_KEY_USAGE);
        }
    }

    /**
     * A validator remembers the path and the CRLs' statements per presented chain and set of CRLs; new CRLs,
     * through {@link CertificatePathValidator#withCrls}, share that memory but must never be answered from it.
     */
    @Nested
    class RememberedPaths {

        @Test
        void aNewCrlRevokingTheSignerIsNotMaskedByThePathRememberedWithTheOldCrls() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator beforeRevocation = validator(pki.crls());
            Instant signedAfterRevocation = ISSUED_AT.plus(Duration.ofHours(2));
            assertThatCode(() -> beforeRevocation.validate(office.chain(), signedAfterRevocation,
                    KeyUsageRequirement.SIGNING)).doesNotThrowAnyException();
            pki.nationalCa("TH").revoke(office.certificate(), ISSUED_AT.plus(Duration.ofHours(1)));
            clock.advance(Duration.ofHours(3));

            CertificatePathValidator afterRevocation = beforeRevocation.withCrls(pki.crls());

            assertProblem(afterRevocation, office.chain(), signedAfterRevocation, CertificateProblem.REVOKED);
            assertThatCode(() -> beforeRevocation.validate(office.chain(), signedAfterRevocation,
                    KeyUsageRequirement.SIGNING)).as("the old CRLs still do not list it").doesNotThrowAnyException();
        }

        @Test
        void newCrlsThatRevokeAnotherCertificateStillAcceptThisOne() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Credential other = pki.issueOfficeSigning("TH-NONGKHAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();
            pki.nationalCa("TH").revoke(other.certificate(), ISSUED_AT);
            clock.advance(Duration.ofHours(1));

            CertificatePathValidator withNewCrls = validator.withCrls(pki.crls());

            assertThatCode(() -> withNewCrls.validate(office.chain(), ISSUED_AT.plus(Duration.ofMinutes(30)),
                    KeyUsageRequirement.SIGNING)).doesNotThrowAnyException();
            assertProblem(withNewCrls, other.chain(), ISSUED_AT.plus(Duration.ofMinutes(30)), CertificateProblem.REVOKED);
        }

        @Test
        void newCrlsKeepTheTrustAnchorsSoAnImpostorIsStillRefused() {
            Credential impostor = DevelopmentPki.create("Mekong", clock).issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertProblem(validator(pki.crls()).withCrls(pki.crls()), impostor.chain(), ISSUED_AT,
                    CertificateProblem.UNTRUSTED);
        }

        @Test
        void refusesARememberedPathAtAnInstantItsCrlsNoLongerCover() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();

            assertProblem(validator, office.chain(), ISSUED_AT.plus(Duration.ofDays(8)),
                    CertificateProblem.REVOCATION_UNKNOWN);
        }

        @Test
        void refusesARememberedPathAtAnInstantBeforeTheCertificateWasValid() {
            Credential office = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            CertificatePathValidator validator = validator(pki.crls());
            assertThatCode(() -> validator.validate(office.chain(), ISSUED_AT, KeyUsageRequirement.SIGNING))
                    .doesNotThrowAnyException();

            assertProblem(validator, office.chain(), ISSUED_AT.minus(Duration.ofDays(30)),
                    CertificateProblem.NOT_YET_VALID);
        }
    }

    private CertificatePathValidator validator(List<X509CRL> crls) {
        return new CertificatePathValidator(List.of(pki.root().certificate()), List.of(), crls);
    }

    private void assertValid(List<X509Certificate> chain, Instant at, KeyUsageRequirement requirement) {
        CertificatePathValidator validator = validator(pki.crls());
        assertThatCode(() -> validator.validate(chain, at, requirement)).doesNotThrowAnyException();
    }

    private void assertProblem(List<X509Certificate> chain, Instant at, KeyUsageRequirement requirement,
            CertificateProblem expected) {
        assertThat(failure(chain, at, requirement).problem()).isEqualTo(expected);
    }

    private void assertProblem(CertificatePathValidator validator, List<X509Certificate> chain, Instant at,
            CertificateProblem expected) {
        assertThat(failure(validator, chain, at).problem()).isEqualTo(expected);
    }

    private CertificateCheckException failure(List<X509Certificate> chain, Instant at, KeyUsageRequirement requirement) {
        CertificatePathValidator validator = validator(pki.crls());
        CertificateCheckException failure = catchThrowableOfType(
                () -> validator.validate(chain, at, requirement), CertificateCheckException.class);
        assertThat(failure).as("validation must fail").isNotNull();
        return failure;
    }

    private static CertificateCheckException failure(CertificatePathValidator validator, List<X509Certificate> chain,
            Instant at) {
        CertificateCheckException failure = catchThrowableOfType(
                () -> validator.validate(chain, at, KeyUsageRequirement.SIGNING), CertificateCheckException.class);
        assertThat(failure).as("validation must fail").isNotNull();
        return failure;
    }
}
