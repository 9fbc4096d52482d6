package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;
import static org.blohub.crypto.cms.TestNetwork.TACHILEIK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
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
                KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_3072, KeyAlgorithm.X25519)
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

            assertThat(new org.bouncycastle.cms.CMSAuthEnvelopedData(envelope).getRecipientInfos().size()).isEqualTo(2);
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
                    .doesNotContain(java.util.HexFormat.of().formatHex(org.bouncycastle.asn1.x509.SubjectPublicKeyInfo
                            .getInstance(signing.certificate().getPublicKey().getEncoded()).getPublicKeyData().getOctets()));
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
