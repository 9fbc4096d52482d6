package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.NOW;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.BERTaggedObject;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CmsOpenerRefusalTest {

    private static final String SECRET_SUBJECT = "boat MEKONG-STAR inspection";
    private static final byte[] CONTENT = ("{\"subject\":\"" + SECRET_SUBJECT + "\"}").getBytes(StandardCharsets.UTF_8);
    private static final TestNetwork NETWORK = TestNetwork.shared();

    private final Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
    private final Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
    private final Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

    private byte[] sealFor(Credential signer, Credential recipient) throws SealingException {
        return TestNetwork.sealer().seal(CONTENT, signer, sender.certificate(), List.of(recipient.certificate()));
    }

    private static void assertRefused(ThrowingCallable open, RefusalCode expected) {
        assertThatThrownBy(open)
                .isInstanceOfSatisfying(OpenRefusedException.class, refusal -> assertThat(refusal.code())
                        .as(refusal.getMessage())
                        .isEqualTo(expected));
    }

    private void assertOpeningRefused(byte[] envelope, RefusalCode expected) {
        assertRefused(() -> NETWORK.opener().open(envelope, houayxay, "msg-under-test"), expected);
    }

    @Nested
    class RefusalMessages {

        @Test
        void nameTheLabelAndTheMachineCodeButNeverTheContent() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            Credential tachileik = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);

            assertThatThrownBy(() -> NETWORK.opener().open(envelope, tachileik, "01JDQ3M7TACHILEIK"))
                    .isInstanceOfSatisfying(OpenRefusedException.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo(RefusalCode.NOT_A_RECIPIENT);
                        assertThat(refusal.getMessage())
                                .startsWith("CMS-003 NOT_A_RECIPIENT: cannot open message 01JDQ3M7TACHILEIK: ")
                                .doesNotContain(SECRET_SUBJECT);
                        assertThat(refusal.label()).isEqualTo("01JDQ3M7TACHILEIK");
                    });
        }

        @Test
        void cutLongLabelsAndReplaceControlCharacters() {
            OpenRefusedException refusal = new OpenRefusedException(RefusalCode.MALFORMED,
                    "evil\nlabel" + "x".repeat(200), "cause");

            assertThat(refusal.label()).startsWith("evil?label").hasSize(83).endsWith("...");
        }

        @Test
        void haveDistinctStableMachineCodes() {
            assertThat(Arrays.stream(RefusalCode.values()).map(RefusalCode::machineCode))
                    .doesNotHaveDuplicates()
                    .contains("CMS-001 MALFORMED", "CMS-002 TAMPERED", "CMS-010 REVOCATION_UNKNOWN");
        }
    }

    @Nested
    class NotARecipient {

        @Test
        void refusesAnOfficeTheEnvelopeWasNotSealedFor() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            Credential tachileik = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);

            assertRefused(() -> NETWORK.opener().open(envelope, tachileik, "m"), RefusalCode.NOT_A_RECIPIENT);
        }

        @Test
        void refusesARecipientIdentifierWhoseIssuerNameOnlyDiffersInCase() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            int issuerName = HandMadeEnvelopes.indexOf(envelope,
                    "BLO Hub LA National CA".getBytes(StandardCharsets.US_ASCII));

            assertOpeningRefused(HandMadeEnvelopes.flipBit(envelope, issuerName, 5), RefusalCode.NOT_A_RECIPIENT);
        }
    }

    @Nested
    class SignerTrust {

        @Test
        void refusesASignerCertifiedByAnotherRoot() throws Exception {
            Credential stranger = new TestNetwork("Elsewhere", TestNetwork.CLOCK).signing(MAE_SAI, KeyAlgorithm.EC_P256);

            assertOpeningRefused(sealFor(stranger, houayxay), RefusalCode.UNTRUSTED_SIGNER);
        }

        @Test
        void refusesASignerRevokedBeforeTheSigningTime() throws Exception {
            Credential revoked = NETWORK.issue(MAE_SAI, KeyAlgorithm.EC_P256, CertificatePurpose.OFFICE_SIGNING,
                    NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
            NETWORK.pki().nationalCa("TH").revoke(revoked.certificate(), NOW.minus(Duration.ofMinutes(10)));

            assertOpeningRefused(sealFor(revoked, houayxay), RefusalCode.SIGNER_REVOKED);
        }

        @Test
        void opensAnEnvelopeSignedBeforeItsSignerWasRevoked() throws Exception {
            Credential laterRevoked = NETWORK.issue(MAE_SAI, KeyAlgorithm.EC_P256, CertificatePurpose.OFFICE_SIGNING,
                    NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
            byte[] envelope = sealFor(laterRevoked, houayxay);
            NETWORK.pki().nationalCa("TH").revoke(laterRevoked.certificate(), NOW.plus(Duration.ofHours(1)));

            assertThat(NETWORK.opener().open(envelope, houayxay, "m").content()).isEqualTo(CONTENT);
        }

        @Test
        void refusesASignerWhoseCertificateHadExpiredAtTheSigningTime() throws Exception {
            Credential expired = NETWORK.issue(MAE_SAI, KeyAlgorithm.EC_P256, CertificatePurpose.OFFICE_SIGNING,
                    NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1)));

            assertOpeningRefused(sealFor(expired, houayxay), RefusalCode.CERTIFICATE_EXPIRED);
        }

        @Test
        void refusesASignerWhoseCertificateWasNotYetValidAtTheSigningTime() throws Exception {
            Credential future = NETWORK.issue(MAE_SAI, KeyAlgorithm.EC_P256, CertificatePurpose.OFFICE_SIGNING,
                    NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

            assertOpeningRefused(sealFor(future, houayxay), RefusalCode.CERTIFICATE_NOT_YET_VALID);
        }

        @Test
        void checksValidityAtTheSigningTimeFromTheSealersClock() throws Exception {
            byte[] envelope = TestNetwork.sealerAt(NOW.plus(Duration.ofDays(3 * 365)))
                    .seal(CONTENT, signing, sender.certificate(), List.of(houayxay.certificate()));

            assertOpeningRefused(envelope, RefusalCode.CERTIFICATE_EXPIRED);
        }

        @Test
        void refusesASignatureMadeWithAKeyCertifiedOnlyForKeyAgreement() throws Exception {
            Credential encryptionKeyAsSigner = NETWORK.encryption(TACHILEIK, KeyAlgorithm.EC_P256);

            assertOpeningRefused(sealFor(encryptionKeyAsSigner, houayxay), RefusalCode.WRONG_KEY_USAGE);
        }

        @Test
        void refusesWhenNoCrlSaysWhetherTheSignerIsRevoked() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            CertificatePathValidator withoutCrls = new CertificatePathValidator(
                    List.of(NETWORK.pki().root().certificate()), List.of(), List.of());

            assertRefused(() -> new CmsOpener(withoutCrls).open(envelope, houayxay, "m"),
                    RefusalCode.REVOCATION_UNKNOWN);
        }
    }

    @Nested
    class Tampering {

        @Test
        void refusesAnEnvelopeWhoseAuthenticationTagWasChanged() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);

            assertOpeningRefused(HandMadeEnvelopes.flipBit(envelope, envelope.length - 1, 0), RefusalCode.TAMPERED);
        }

        @Test
        void refusesAnEnvelopeWhoseCiphertextWasChanged() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            byte[] ciphertext = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent())
                    .getAuthEncryptedContentInfo().getEncryptedContent().getOctets();
            int middle = HandMadeEnvelopes.indexOf(envelope, ciphertext) + ciphertext.length / 2;

            assertOpeningRefused(HandMadeEnvelopes.flipBit(envelope, middle, 3), RefusalCode.TAMPERED);
        }

        @Test
        void refusesAnEnvelopeWhoseWrappedKeyWasChanged() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            byte[] wrappedKey = wrappedKeyOf(envelope, houayxay);

            assertOpeningRefused(HandMadeEnvelopes.flipBit(envelope, HandMadeEnvelopes.indexOf(envelope, wrappedKey), 0),
                    RefusalCode.TAMPERED);
        }

        @Test
        void refusesAReEncryptedEnvelopeWhoseInnerSignatureWasChanged() throws Exception {
            byte[] signed = EnvelopeInspection.decryptSignedData(sealFor(signing, houayxay), houayxay);
            byte[] signature = new CMSSignedData(signed).getSignerInfos().getSigners().iterator().next().getSignature();
            byte[] forged = HandMadeEnvelopes.flipBit(signed, HandMadeEnvelopes.indexOf(signed, signature) + 10, 2);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(forged, houayxay.certificate()), RefusalCode.TAMPERED);
        }

        @Test
        void refusesAReEncryptedEnvelopeWhoseSignedContentWasChanged() throws Exception {
            byte[] signed = EnvelopeInspection.decryptSignedData(sealFor(signing, houayxay), houayxay);
            int subject = HandMadeEnvelopes.indexOf(signed, SECRET_SUBJECT.getBytes(StandardCharsets.UTF_8));
            byte[] forged = HandMadeEnvelopes.flipBit(signed, subject, 1);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(forged, houayxay.certificate()), RefusalCode.TAMPERED);
        }

        /** The encrypted key of the recipient's entry in the key-agreement RecipientInfos, read from the ASN.1. */
        private static byte[] wrappedKeyOf(byte[] envelope, Credential recipient) {
            AuthEnvelopedData structure = AuthEnvelopedData.getInstance(ContentInfo.getInstance(envelope).getContent());
            for (ASN1Encodable element : structure.getRecipientInfos()) {
                if (RecipientInfo.getInstance(element).getInfo() instanceof KeyAgreeRecipientInfo keyAgreement) {
                    for (ASN1Encodable entry : keyAgreement.getRecipientEncryptedKeys()) {
                        RecipientEncryptedKey encryptedKey = RecipientEncryptedKey.getInstance(entry);
                        if (encryptedKey.getIdentifier().getIssuerAndSerialNumber().getSerialNumber().getValue()
                                .equals(recipient.certificate().getSerialNumber())) {
                            return encryptedKey.getEncryptedKey().getOctets();
                        }
                    }
                }
            }
            throw new AssertionError("no RecipientInfo for the recipient");
        }
    }

    @Nested
    class Malformed {

        @Test
        void refusesEmptyInput() {
            assertOpeningRefused(new byte[0], RefusalCode.MALFORMED);
        }

        @Test
        void refusesBytesThatAreNotAsn1() {
            assertOpeningRefused("not an envelope at all".getBytes(StandardCharsets.US_ASCII), RefusalCode.MALFORMED);
        }

        @Test
        void refusesATruncatedEnvelope() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);

            assertOpeningRefused(Arrays.copyOf(envelope, envelope.length - 20), RefusalCode.MALFORMED);
        }

        @Test
        void refusesTrailingBytesAfterTheEnvelope() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);

            assertOpeningRefused(Arrays.copyOf(envelope, envelope.length + 1), RefusalCode.MALFORMED);
        }

        @Test
        void refusesAnEnvelopeInBerRatherThanDer() throws Exception {
            byte[] envelope = sealFor(signing, houayxay);
            byte[] ber = ContentInfo.getInstance(envelope).getEncoded(ASN1Encoding.BER);
            byte[] indefinite = new BERSequence(new ASN1Encodable[] {
                    ContentInfo.getInstance(ber).getContentType(),
                    new BERTaggedObject(true, 0, ContentInfo.getInstance(ber).getContent())})
                    .getEncoded(ASN1Encoding.BER);

            assertThat(indefinite).isNotEqualTo(envelope);
            assertOpeningRefused(indefinite, RefusalCode.MALFORMED);
        }

        @Test
        void refusesAnUnencryptedSignedData() throws Exception {
            assertOpeningRefused(HandMadeEnvelopes.signedData(CONTENT, signing), RefusalCode.MALFORMED);
        }

        @Test
        void refusesAnEnvelopeWhosePlaintextIsNotASignedData() throws Exception {
            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(CONTENT, houayxay.certificate()), RefusalCode.MALFORMED);
        }

        @Test
        void refusesASignedDataWithoutSigningTime() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, true, false, true, "SHA256withECDSA", signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate()), RefusalCode.MALFORMED);
        }

        @Test
        void refusesASignedDataWithTwoSigners() throws Exception {
            Credential second = NETWORK.signing(TACHILEIK, KeyAlgorithm.EC_P256);
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, true, true, true, "SHA256withECDSA", signing, second);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate()), RefusalCode.MALFORMED);
        }

        @Test
        void refusesADetachedSignature() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, false, true, true, "SHA256withECDSA", signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate()), RefusalCode.MALFORMED);
        }

        @Test
        void refusesASignedDataThatDoesNotCarryTheSignersCertificate() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, true, true, false, "SHA256withECDSA", signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate()), RefusalCode.MALFORMED);
        }
    }

    @Nested
    class UnsupportedAlgorithms {

        @Test
        void refusesEnvelopedDataWithTripleDes() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, signing);

            assertOpeningRefused(HandMadeEnvelopes.envelopedWithTripleDes(signed, houayxay.certificate()),
                    RefusalCode.UNSUPPORTED_ALGORITHM);
        }

        @Test
        void refusesAuthEnvelopedDataWithAes128Gcm() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate(),
                    CMSAlgorithm.AES128_GCM, CMSAlgorithm.ECDH_SHA256KDF), RefusalCode.UNSUPPORTED_ALGORITHM);
        }

        @Test
        void refusesEcdhWithTheSha1Kdf() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate(),
                    CMSAlgorithm.AES256_GCM, CMSAlgorithm.ECDH_SHA1KDF), RefusalCode.UNSUPPORTED_ALGORITHM);
        }

        @Test
        void refusesRsaPkcs1KeyTransport() throws Exception {
            Credential rsaRecipient = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.RSA_3072);
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, signing);
            byte[] envelope = HandMadeEnvelopes.authEnvelopedWithRsaPkcs1(signed, rsaRecipient.certificate());

            assertRefused(() -> NETWORK.opener().open(envelope, rsaRecipient, "m"), RefusalCode.UNSUPPORTED_ALGORITHM);
        }

        @Test
        void refusesEcdsaWithSha1() throws Exception {
            byte[] signed = HandMadeEnvelopes.signedData(CONTENT, true, true, true, "SHA1withECDSA", signing);

            assertOpeningRefused(HandMadeEnvelopes.authEnveloped(signed, houayxay.certificate()),
                    RefusalCode.UNSUPPORTED_ALGORITHM);
        }
    }

    @Nested
    class Sealing {

        @Test
        void refusesARecipientCertificateWithAKeyTypeItCannotEncryptTo() {
            Credential edwardsKey = NETWORK.signing(TACHILEIK, KeyAlgorithm.ED25519);

            assertThatThrownBy(() -> sealFor(signing, edwardsKey))
                    .isInstanceOf(SealingException.class)
                    .hasMessageContaining("cannot encrypt to recipient certificate serial")
                    .hasMessageContaining("unsupported key type 1.3.101.112");
        }

        @Test
        void refusesASignerKeyTypeItCannotSignWith() {
            Credential x25519 = NETWORK.encryption(TACHILEIK, KeyAlgorithm.X25519);

            assertThatThrownBy(() -> sealFor(x25519, houayxay))
                    .isInstanceOf(SealingException.class)
                    .hasMessageContaining("no signature scheme for signing key of type 1.3.101.110");
        }
    }
}
