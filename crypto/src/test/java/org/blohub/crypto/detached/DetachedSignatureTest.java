package org.blohub.crypto.detached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DetachedSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] DOCUMENT = "domain: blo.mekong.example\nnodes: []\n".getBytes(StandardCharsets.UTF_8);

    private final DevelopmentPki pki = DevelopmentPki.create("Mekong", CLOCK);
    private final Credential maeSai = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
    private final DetachedSigner signer = new DetachedSigner(CLOCK);

    private DetachedSignatureVerifier verifierTrustingRegionalRoot() {
        return verifierTrusting(pki, CLOCK);
    }

    private static DetachedSignatureVerifier verifierTrusting(DevelopmentPki pki, Clock clock) {
        return new DetachedSignatureVerifier(
                new CertificatePathValidator(List.of(pki.root().certificate()), List.of(), pki.crls()), clock);
    }

    @Nested
    class AGoodSignature {

        @Test
        void verifiesAndNamesTheSignerCertificateAndSigningTime() throws Exception {
            byte[] signature = signer.sign(DOCUMENT, maeSai);

            VerifiedSignature verified = verifierTrustingRegionalRoot().verify(DOCUMENT, signature);

            assertThat(verified.signer()).isEqualTo(maeSai.certificate());
            assertThat(verified.signingTime()).isEqualTo(NOW);
        }

        @Test
        void isDetachedAndCarriesTheWholeChainAndOneSignerWithSignedAttributes() throws Exception {
            CMSSignedData signedData = new CMSSignedData(signer.sign(DOCUMENT, maeSai));

            assertThat(signedData.getSignedContent()).isNull();
            assertThat(signedData.getCertificates().getMatches(null)).hasSize(maeSai.chain().size());
            assertThat(signedData.getSignerInfos().getSigners()).singleElement()
                    .satisfies(info -> {
                        assertThat(info.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
                        assertThat(info.getEncryptionAlgOID()).isEqualTo("1.2.840.10045.4.3.2");
                        assertThat(info.getSignedAttributes().toHashtable()).containsKeys(
                                CMSAttributes.contentType, CMSAttributes.messageDigest, CMSAttributes.signingTime);
                    });
        }

        @ParameterizedTest
        @EnumSource(value = KeyAlgorithm.class, names = {"EC_P384", "RSA_3072", "ED25519"})
        void verifiesForEverySigningKeyType(KeyAlgorithm algorithm) throws Exception {
            Credential office = pki.issueOfficeSigning("LA-HOUAYXAY", algorithm);

            VerifiedSignature verified = verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, office));

            assertThat(verified.signer()).isEqualTo(office.certificate());
        }

        @Test
        void staysValidWhenTheSignerIsRevokedAfterSigning() throws Exception {
            byte[] signature = signer.sign(DOCUMENT, maeSai);
            pki.nationalCa("TH").revoke(maeSai.certificate(), NOW.plus(Duration.ofHours(2)));

            assertThat(verifierTrustingRegionalRoot().verify(DOCUMENT, signature).signer())
                    .isEqualTo(maeSai.certificate());
        }
    }

    @Nested
    class ARefusedSignature {

        @Test
        void failsAsSignatureInvalidWhenOneByteOfTheDocumentChanged() {
            byte[] signature = signer.sign(DOCUMENT, maeSai);
            byte[] changed = DOCUMENT.clone();
            changed[3] ^= 0x01;

            assertFailure(() -> verifierTrustingRegionalRoot().verify(changed, signature),
                    SignatureFailure.SIGNATURE_INVALID, "document does not match");
        }

        @Test
        void failsAsSignerNotTrustedWhenAnotherRootIssuedTheSigner() {
            DevelopmentPki otherRegion = DevelopmentPki.create("Elsewhere", CLOCK);
            Credential impostor = otherRegion.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, impostor)),
                    SignatureFailure.SIGNER_NOT_TRUSTED, "CN=TH-MAESAI");
        }

        @Test
        void failsAsRevokedWhenTheSignerWasRevokedBeforeSigning() {
            pki.nationalCa("TH").revoke(maeSai.certificate(), NOW.minus(Duration.ofMinutes(10)));
            byte[] signature = signer.sign(DOCUMENT, maeSai);

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signature),
                    SignatureFailure.SIGNER_REVOKED, "CN=TH-MAESAI");
        }

        @Test
        void failsOnKeyUsageWhenAnEncryptionCertificateSigned() {
            Credential encryption = pki.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, encryption)),
                    SignatureFailure.SIGNER_KEY_USAGE, "keyAgreement");
        }

        @Test
        void failsWhenTheSigningTimeLiesBeyondTheAllowedClockSkew() {
            DetachedSigner fastClockSigner = new DetachedSigner(Clock.offset(CLOCK, Duration.ofMinutes(20)));

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, fastClockSigner.sign(DOCUMENT, maeSai)),
                    SignatureFailure.SIGNING_TIME_IN_FUTURE, "2026-11-28T09:35:30Z");
        }

        @Test
        void failsAsMalformedForBytesThatAreNoCms() {
            byte[] notCms = "-----BEGIN PKCS7-----".getBytes(StandardCharsets.US_ASCII);

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, notCms),
                    SignatureFailure.MALFORMED, "not a DER-encoded CMS SignedData");
        }

        @Test
        void failsAsMalformedForATruncatedSignature() {
            byte[] signature = signer.sign(DOCUMENT, maeSai);

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT,
                            Arrays.copyOf(signature, signature.length - 20)),
                    SignatureFailure.MALFORMED, "not a DER-encoded CMS SignedData");
        }

        @Test
        void failsAsMalformedWhenTheSignatureEmbedsItsContent() throws Exception {
            SignedData detached = SignedData.getInstance(
                    new CMSSignedData(signer.sign(DOCUMENT, maeSai)).toASN1Structure().getContent());
            SignedData encapsulating = new SignedData(detached.getDigestAlgorithms(),
                    new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(DOCUMENT)),
                    detached.getCertificates(), detached.getCRLs(), detached.getSignerInfos());
            byte[] signature = new ContentInfo(CMSObjectIdentifiers.signedData, encapsulating).getEncoded();

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signature),
                    SignatureFailure.MALFORMED, "embeds its own content");
        }
    }

    @Nested
    class ASignerRequirement {

        @Test
        void acceptsASignerIssuedDirectlyByTheNamedIssuer() throws Exception {
            SignerRequirement issuedByThailand = SignerRequirement.issuedDirectlyBy(
                    List.of(pki.nationalCa("TH").certificate()));

            assertThat(verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, maeSai), issuedByThailand)
                    .signer()).isEqualTo(maeSai.certificate());
        }

        @Test
        void refusesASignerThatTheNamedIssuerDidNotIssueItself() {
            SignerRequirement issuedByRoot = SignerRequirement.issuedDirectlyBy(List.of(pki.root().certificate()));

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, maeSai), issuedByRoot),
                    SignatureFailure.SIGNER_NOT_ALLOWED, "is not issued directly by CN=BLO Hub Mekong Root CA (DEMO)");
        }

        @Test
        void refusesATrustedSignerOtherThanTheExpectedCertificate() {
            Credential chiangKhong = pki.issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
            SignerRequirement mustBeMaeSai = SignerRequirement.isExactly(maeSai.certificate());

            assertFailure(() -> verifierTrustingRegionalRoot().verify(DOCUMENT, signer.sign(DOCUMENT, chiangKhong),
                            mustBeMaeSai),
                    SignatureFailure.SIGNER_NOT_ALLOWED, "is not the expected certificate");
        }
    }

    @Nested
    class InteroperabilityWithOpenssl {

        @TempDir
        Path directory;

        @Test
        void opensslVerifiesOurDetachedSignatureAgainstTheRegionalRoot() throws Exception {
            writeFiles(signer.sign(DOCUMENT, maeSai), DOCUMENT);

            OpensslCommand.Result result = opensslVerify();

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Verification successful");
        }

        @Test
        void opensslRefusesOurSignatureOverAChangedDocument() throws Exception {
            byte[] changed = DOCUMENT.clone();
            changed[0] ^= 0x20;
            writeFiles(signer.sign(DOCUMENT, maeSai), changed);

            OpensslCommand.Result result = opensslVerify();

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("content verify error");
        }

        @Test
        void weVerifyADetachedSignatureMadeByOpenssl() throws Exception {
            // openssl stamps the wall-clock signing time, so this PKI and the verifier use the real clock
            DevelopmentPki livePki = DevelopmentPki.create("Mekong", Clock.systemUTC());
            Credential liveMaeSai = livePki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            Files.write(directory.resolve("doc.yaml"), DOCUMENT);
            Files.writeString(directory.resolve("signer.pem"), PemText.certificate(liveMaeSai.certificate()));
            Files.writeString(directory.resolve("signer.key"), PemText.privateKey(liveMaeSai.privateKey()));
            Files.writeString(directory.resolve("national-ca.pem"), PemText.certificate(liveMaeSai.chain().get(1)));

            OpensslCommand.Result result = OpensslCommand.run(directory, "cms", "-sign", "-binary",
                    "-in", "doc.yaml", "-signer", "signer.pem", "-inkey", "signer.key",
                    "-certfile", "national-ca.pem", "-md", "sha256", "-outform", "DER", "-out", "sig.der");
            assertThat(result.exitCode()).as(result.output()).isZero();

            VerifiedSignature verified = verifierTrusting(livePki, Clock.systemUTC())
                    .verify(DOCUMENT, Files.readAllBytes(directory.resolve("sig.der")));
            assertThat(verified.signer()).isEqualTo(liveMaeSai.certificate());
        }

        private void writeFiles(byte[] signature, byte[] document) throws Exception {
            Files.write(directory.resolve("sig.der"), signature);
            Files.write(directory.resolve("doc.yaml"), document);
            Files.writeString(directory.resolve("root.pem"), PemText.certificate(pki.root().certificate()));
        }

        private OpensslCommand.Result opensslVerify() throws Exception {
            return OpensslCommand.run(directory, "cms", "-verify", "-binary", "-inform", "DER",
                    "-in", "sig.der", "-content", "doc.yaml", "-CAfile", "root.pem", "-purpose", "any",
                    "-out", "/dev/null");
        }
    }

    private static void assertFailure(ThrowingVerification verification, SignatureFailure failure, String detail) {
        assertThatThrownBy(verification::run)
                .isInstanceOfSatisfying(DetachedSignatureException.class,
                        e -> assertThat(e.failure()).isEqualTo(failure))
                .hasMessageContaining(detail);
    }

    @FunctionalInterface
    private interface ThrowingVerification {
        void run() throws Exception;
    }
}
