package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.RecipientInformation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CmsRoundTripTest {

    private static final byte[] CONTENT = "{\"kind\":\"REQUEST\",\"subject\":\"vessel check\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final TestNetwork NETWORK = TestNetwork.shared();

    /** How the sender signs: key type, whether RSA uses PKCS#1 v1.5, and the algorithm name the opener must report. */
    enum SignerProfile {
        ECDSA_P256(KeyAlgorithm.EC_P256, false, "SHA256withECDSA"),
        ECDSA_P384(KeyAlgorithm.EC_P384, false, "SHA384withECDSA"),
        RSA_PSS(KeyAlgorithm.RSA_3072, false, "SHA256withRSAandMGF1"),
        RSA_PKCS1(KeyAlgorithm.RSA_3072, true, "SHA256withRSA"),
        ED25519(KeyAlgorithm.ED25519, false, "Ed25519");

        final KeyAlgorithm key;
        final boolean pkcs1;
        final String expectedAlgorithm;

        SignerProfile(KeyAlgorithm key, boolean pkcs1, String expectedAlgorithm) {
            this.key = key;
            this.pkcs1 = pkcs1;
            this.expectedAlgorithm = expectedAlgorithm;
        }

        CmsSealer sealer() {
            SignatureSchemes schemes = pkcs1
                    ? SignatureSchemes.standard().preferring(SignatureSchemes.rsaPkcs1())
                    : SignatureSchemes.standard();
            return new CmsSealer(TestNetwork.CLOCK, schemes, RecipientSchemes.standard());
        }
    }

    static Stream<Arguments> signersAndRecipients() {
        return Stream.of(SignerProfile.values()).flatMap(signer -> Stream.of(
                KeyAlgorithm.EC_P256, KeyAlgorithm.EC_P384, KeyAlgorithm.RSA_3072, KeyAlgorithm.X25519)
                .map(recipient -> Arguments.of(signer, recipient)));
    }

    @Nested
    class EverySignerWithEveryRecipientKeyType {

        @ParameterizedTest(name = "{0} signer, {1} recipient")
        @MethodSource("org.blohub.crypto.cms.CmsRoundTripTest#signersAndRecipients")
        void recipientAndSenderBothOpenAndSeeTheSignerAndContent(SignerProfile signer, KeyAlgorithm recipientKey)
                throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, signer.key);
            Credential senderEncryption = NETWORK.encryption(MAE_SAI, recipientKey);
            Credential recipient = NETWORK.encryption(HOUAYXAY, recipientKey);

            byte[] envelope = signer.sealer().seal(CONTENT, signing, senderEncryption.certificate(),
                    List.of(recipient.certificate()));

            for (Credential reader : List.of(recipient, senderEncryption)) {
                OpenedEnvelope opened = NETWORK.opener().open(envelope, reader, "round-trip");
                assertThat(opened.content()).isEqualTo(CONTENT);
                assertThat(opened.signerCertificate()).isEqualTo(signing.certificate());
                assertThat(opened.signerChain()).containsExactly(signing.chain().get(0), signing.chain().get(1));
                assertThat(opened.signingTime()).isEqualTo(TestNetwork.NOW);
                assertThat(opened.signatureAlgorithm()).isEqualTo(signer.expectedAlgorithm);
                assertThat(opened.contentDigest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(CONTENT));
            }
        }
    }

    @Nested
    class SeveralRecipients {

        @Test
        void everyAddressedOfficeAndTheSenderCanOpenTheSameEnvelope() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.X25519);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            Credential tachileik = NETWORK.encryption(TACHILEIK, KeyAlgorithm.RSA_3072);

            byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, sender.certificate(),
                    List.of(houayxay.certificate(), tachileik.certificate()));

            for (Credential reader : List.of(sender, houayxay, tachileik)) {
                assertThat(NETWORK.opener().open(envelope, reader, "multi").content()).isEqualTo(CONTENT);
            }
        }

        @Test
        void aRecipientListedTwiceOrEqualToTheSenderGetsOneRecipientInfo() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

            byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, sender.certificate(),
                    List.of(houayxay.certificate(), houayxay.certificate(), sender.certificate()));

            assertThat(new CMSAuthEnvelopedData(envelope).getRecipientInfos().size()).isEqualTo(2);
        }
    }

    @Nested
    class EnvelopeShape {

        @Test
        void eachSealUsesAFreshOriginatorKeySoTwoEnvelopesOfTheSameContentDiffer() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential sender = NETWORK.encryption(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

            byte[] first = TestNetwork.sealer().seal(CONTENT, signing, sender.certificate(), List.of(houayxay.certificate()));
            byte[] second = TestNetwork.sealer().seal(CONTENT, signing, sender.certificate(), List.of(houayxay.certificate()));

            assertThat(EnvelopeInspection.originatorKeys(first))
                    .doesNotContainAnyElementsOf(EnvelopeInspection.originatorKeys(second))
                    .doesNotContain(HexFormat.of().formatHex(SubjectPublicKeyInfo
                            .getInstance(signing.certificate().getPublicKey().getEncoded()).getPublicKeyData().getOctets()));
        }

        @Test
        void usesAes256GcmAndEcdhWithTheSha256KdfAndAes256WrapInTheDefaultProfile() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

            byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, houayxay.certificate(), List.of());

            CMSAuthEnvelopedData parsed = new CMSAuthEnvelopedData(envelope);
            assertThat(parsed.getEncryptionAlgOID()).isEqualTo("2.16.840.1.101.3.4.1.46");
            RecipientInformation recipientInfo = parsed.getRecipientInfos().getRecipients()
                    .iterator().next();
            assertThat(recipientInfo.getKeyEncryptionAlgOID()).isEqualTo("1.3.132.1.11.1");
            assertThat(AlgorithmIdentifier.getInstance(
                    recipientInfo.getKeyEncryptionAlgorithm().getParameters()).getAlgorithm().getId())
                    .isEqualTo("2.16.840.1.101.3.4.1.45");
        }

        @Test
        void signsContentTypeMessageDigestAndTheSealersClockAsSigningTime() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);
            Instant signingTime = Instant.parse("2026-11-20T08:15:30Z");

            byte[] envelope = TestNetwork.sealerAt(signingTime).seal(CONTENT, signing, houayxay.certificate(), List.of());

            CMSSignedData signed = new CMSSignedData(
                    EnvelopeInspection.decryptSignedData(envelope, houayxay));
            assertThat((byte[]) signed.getSignedContent().getContent()).isEqualTo(CONTENT);
            AttributeTable attributes = signed.getSignerInfos().getSigners().iterator().next()
                    .getSignedAttributes();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(Time.getInstance(attributes.get(
                    CMSAttributes.signingTime).getAttrValues().getObjectAt(0)).getDate()
                    .toInstant()).isEqualTo(signingTime);
        }

        @Test
        void theSignedDataCarriesTheChainWithoutTheRoot() throws Exception {
            Credential signing = NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256);
            Credential houayxay = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256);

            byte[] envelope = TestNetwork.sealer().seal(CONTENT, signing, houayxay.certificate(), List.of());

            assertThat(EnvelopeInspection.signedDataCertificates(envelope, houayxay))
                    .containsExactlyInAnyOrder(signing.chain().get(0), signing.chain().get(1))
                    .doesNotContain(NETWORK.pki().root().certificate());
        }
    }
}
