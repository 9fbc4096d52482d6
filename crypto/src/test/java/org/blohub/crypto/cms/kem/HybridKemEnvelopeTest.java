package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.PKI;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.authEnveloped;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.hybridEncryptionCredential;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.hybridRecipient;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.kemRecipientInfo;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.recipientInfos;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.withKdf;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.withKekLength;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.withKemRecipientInfo;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.withKemctBitFlipped;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.asn1.cms.OtherRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKEMAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKEMRecipientId;
import org.bouncycastle.cms.jcajce.JceKEMRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HybridKemEnvelopeTest {

    private static final byte[] CONTENT = "{\"kind\":\"REQUEST\",\"subject\":\"hybrid test\"}".getBytes(UTF_8);
    private static final Map<HybridKemAlgorithm, Credential> OFFICES = new EnumMap<>(HybridKemAlgorithm.class);

    private static Credential office(HybridKemAlgorithm algorithm) {
        return OFFICES.computeIfAbsent(algorithm,
                named -> hybridEncryptionCredential("LA-HUAYXAI-" + named.name().replace('_', '-'), named));
    }

    private static byte[] sealedTo(HybridKemAlgorithm algorithm) throws Exception {
        return authEnveloped(CONTENT, hybridRecipient(office(algorithm).certificate()));
    }

    private static byte[] openedBy(byte[] envelope, Credential office) throws Exception {
        RecipientInformation ours = new CMSAuthEnvelopedData(envelope).getRecipientInfos()
                .get(new JceKEMRecipientId(office.certificate()));
        assertThat(ours).as("RecipientInfo for the office's certificate").isNotNull();
        return ours.getContent(new HybridKemAuthEnvelopedRecipient(office.privateKey()));
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void opensWithTheCompositePrivateKeyOfTheRecipient(HybridKemAlgorithm algorithm) throws Exception {
            assertThat(openedBy(sealedTo(algorithm), office(algorithm))).isEqualTo(CONTENT);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void writesOneKemRecipientInfoWithTheProfileFields(HybridKemAlgorithm algorithm) throws Exception {
            List<RecipientInfo> infos = recipientInfos(sealedTo(algorithm));

            assertThat(infos).hasSize(1);
            assertThat(infos.get(0).getInfo()).isInstanceOf(OtherRecipientInfo.class);
            assertThat(((OtherRecipientInfo) infos.get(0).getInfo()).getType()).isEqualTo(CMSObjectIdentifiers.id_ori_kem);
            KEMRecipientInfo kem = kemRecipientInfo(infos.get(0));
            assertThat(kem.getKem()).isEqualTo(new AlgorithmIdentifier(algorithm.oid()));
            assertThat(kem.getKemct().getOctets()).hasSize(algorithm.ciphertextLength());
            assertThat(kem.getKdf()).isEqualTo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_alg_hkdf_with_sha256));
            assertThat(kem.getKekLength()).isEqualTo(32);
            assertThat(kem.getUkm()).isNull();
            assertThat(kem.getWrap()).isEqualTo(new AlgorithmIdentifier(CMSAlgorithm.AES256_WRAP));
            assertThat(kem.getEncryptedKey().getOctets()).as("AES key wrap of a 256-bit key").hasSize(40);
            assertThat(kem.getRecipientIdentifier().isTagged()).as("rid is issuerAndSerialNumber").isFalse();
        }

        @Test
        void compositeOidsAreTheDraftOnes() {
            assertThat(HybridKemAlgorithm.MLKEM768_X25519.oid().getId()).isEqualTo("1.3.6.1.5.5.7.6.58");
            assertThat(HybridKemAlgorithm.MLKEM768_ECDH_P256.oid().getId()).isEqualTo("1.3.6.1.5.5.7.6.59");
            assertThat(HybridKemAlgorithm.MLKEM768_X25519.ciphertextLength()).isEqualTo(1088 + 32);
            assertThat(HybridKemAlgorithm.MLKEM768_ECDH_P256.ciphertextLength()).isEqualTo(1088 + 65);
        }

        @Test
        void encapsulatesAfreshForEveryEnvelope() throws Exception {
            byte[] first = kemRecipientInfo(recipientInfos(sealedTo(HybridKemAlgorithm.MLKEM768_X25519)).get(0))
                    .getKemct().getOctets();
            byte[] second = kemRecipientInfo(recipientInfos(sealedTo(HybridKemAlgorithm.MLKEM768_X25519)).get(0))
                    .getKemct().getOctets();

            assertThat(first).isNotEqualTo(second);
        }
    }

    @Nested
    class BesideAClassicalRecipient {

        @Test
        void eachRecipientOpensTheSameEnvelopeWithItsOwnKey() throws Exception {
            Credential classical = PKI.issueOfficeEncryption("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
            Credential hybrid = office(HybridKemAlgorithm.MLKEM768_X25519);
            KeyPair originator = ephemeralP256();
            byte[] envelope = authEnveloped(CONTENT,
                    new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, originator.getPrivate(),
                            originator.getPublic(), CMSAlgorithm.AES256_WRAP)
                            .setProvider(CryptoProvider.bouncyCastle())
                            .addRecipient(classical.certificate()),
                    hybridRecipient(hybrid.certificate()));

            CMSAuthEnvelopedData parsed = new CMSAuthEnvelopedData(envelope);
            assertThat(parsed.getRecipientInfos().size()).isEqualTo(2);
            byte[] openedByClassical = parsed.getRecipientInfos()
                    .get(new JceKeyAgreeRecipientId(classical.certificate()))
                    .getContent(new JceKeyAgreeAuthEnvelopedRecipient(classical.privateKey())
                            .setProvider(CryptoProvider.bouncyCastle()));
            assertThat(openedByClassical).isEqualTo(CONTENT);
            assertThat(openedBy(envelope, hybrid)).isEqualTo(CONTENT);
        }

        private static KeyPair ephemeralP256() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        }
    }

    @Nested
    class Tampering {

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void aChangedMlKemCiphertextDoesNotOpen(HybridKemAlgorithm algorithm) throws Exception {
            byte[] tampered = withKemRecipientInfo(sealedTo(algorithm), info -> withKemctBitFlipped(info, 500));

            assertThatThrownBy(() -> openedBy(tampered, office(algorithm))).isInstanceOf(CMSException.class);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void aChangedTraditionalCiphertextDoesNotOpen(HybridKemAlgorithm algorithm) throws Exception {
            int insideTraditionalPart = HybridKemAlgorithm.postQuantumCiphertextLength() + 20;
            byte[] tampered = withKemRecipientInfo(sealedTo(algorithm),
                    info -> withKemctBitFlipped(info, insideTraditionalPart));

            assertThatThrownBy(() -> openedBy(tampered, office(algorithm))).isInstanceOf(CMSException.class);
        }

        @Test
        void anotherCompositeKeyDoesNotOpen() throws Exception {
            byte[] envelope = sealedTo(HybridKemAlgorithm.MLKEM768_X25519);
            KeyPair stranger = HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair();
            RecipientInformation recipientInfo = new CMSAuthEnvelopedData(envelope).getRecipientInfos()
                    .getRecipients().iterator().next();

            assertThatThrownBy(() -> recipientInfo.getContent(new HybridKemAuthEnvelopedRecipient(stranger.getPrivate())))
                    .isInstanceOf(CMSException.class);
        }

        @Test
        void aKeyOfTheOtherCompositeAlgorithmDoesNotOpen() throws Exception {
            byte[] envelope = sealedTo(HybridKemAlgorithm.MLKEM768_X25519);
            RecipientInformation recipientInfo = new CMSAuthEnvelopedData(envelope).getRecipientInfos()
                    .getRecipients().iterator().next();
            HybridKemAuthEnvelopedRecipient p256 = new HybridKemAuthEnvelopedRecipient(
                    office(HybridKemAlgorithm.MLKEM768_ECDH_P256).privateKey());

            assertThatThrownBy(() -> recipientInfo.getContent(p256))
                    .isInstanceOf(CMSException.class)
                    .hasMessageContaining("kem is 1.3.6.1.5.5.7.6.58");
        }
    }

    @Nested
    class ProfileEnforcement {

        @Test
        void refusesAnHkdfSha384KemRecipientInfoThatBouncyCastleAloneWouldOpen() throws Exception {
            Credential office = office(HybridKemAlgorithm.MLKEM768_X25519);
            byte[] envelope = authEnveloped(CONTENT,
                    new JceKEMRecipientInfoGenerator(office.certificate(), CMSAlgorithm.AES256_WRAP)
                            .setKDF(CMSAlgorithm.SHA384_HKDF)
                            .setProvider(CryptoProvider.bouncyCastle()));
            RecipientInformation recipientInfo = new CMSAuthEnvelopedData(envelope).getRecipientInfos()
                    .getRecipients().iterator().next();

            assertThat(recipientInfo.getContent(new JceKEMAuthEnvelopedRecipient(office.privateKey())
                    .setProvider(CryptoProvider.bouncyCastle()))).isEqualTo(CONTENT);
            assertThatThrownBy(() -> recipientInfo.getContent(new HybridKemAuthEnvelopedRecipient(office.privateKey())))
                    .isInstanceOf(CMSException.class)
                    .hasMessageContaining("kdf is 1.2.840.113549.1.9.16.3.29");
        }

        @Test
        void refusesAes128WrapWithA16ByteKek() throws Exception {
            Credential office = office(HybridKemAlgorithm.MLKEM768_X25519);
            byte[] envelope = authEnveloped(CONTENT,
                    new JceKEMRecipientInfoGenerator(office.certificate(), CMSAlgorithm.AES128_WRAP)
                            .setKDF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_alg_hkdf_with_sha256))
                            .setProvider(CryptoProvider.bouncyCastle()));

            assertThatThrownBy(() -> openedBy(envelope, office))
                    .isInstanceOf(CMSException.class)
                    .hasMessageContaining("outside the hybrid profile");
        }

        @Test
        void refusesAKekLengthOtherThan32() throws Exception {
            byte[] envelope = withKemRecipientInfo(sealedTo(HybridKemAlgorithm.MLKEM768_X25519),
                    info -> withKekLength(info, 24));

            assertThatThrownBy(() -> openedBy(envelope, office(HybridKemAlgorithm.MLKEM768_X25519)))
                    .isInstanceOf(CMSException.class)
                    .hasMessageContaining("kekLength is 24");
        }

        @Test
        void refusesAKdfWithExplicitNullParameters() throws Exception {
            byte[] envelope = withKemRecipientInfo(sealedTo(HybridKemAlgorithm.MLKEM768_X25519), info -> withKdf(info,
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_alg_hkdf_with_sha256, DERNull.INSTANCE)));

            assertThatThrownBy(() -> openedBy(envelope, office(HybridKemAlgorithm.MLKEM768_X25519)))
                    .isInstanceOf(CMSException.class)
                    .hasMessageContaining("with absent parameters");
        }
    }

    @Nested
    class KeyChecks {

        @Test
        void refusesToEncryptToACertificateWithAClassicalKey() {
            Credential classical = PKI.issueOfficeEncryption("TH-NONGKHAI", KeyAlgorithm.X25519);

            assertThatThrownBy(() -> HybridKemRecipientInfoGenerator.forCertificate(classical.certificate()))
                    .isInstanceOf(CompositeKeyException.class)
                    .hasMessageContaining("not a composite ML-KEM key");
        }

        @Test
        void refusesToEncryptToACompositeKemKeyCertifiedOnlyForSigning() {
            Credential signingOnly = PKI.issueOfficeSigning("TH-MUKDAHAN",
                    HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair());

            assertThatThrownBy(() -> HybridKemRecipientInfoGenerator.forCertificate(signingOnly.certificate()))
                    .isInstanceOf(CompositeKeyException.class)
                    .hasMessageContaining("keyEncipherment");
        }

        @Test
        void refusesAClassicalPrivateKeyAsHybridRecipient() {
            Credential classical = PKI.issueOfficeEncryption("TH-BUENGKAN", KeyAlgorithm.EC_P256);

            assertThatThrownBy(() -> new HybridKemAuthEnvelopedRecipient(classical.privateKey()))
                    .isInstanceOf(CompositeKeyException.class);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void privateKeyRoundTripsThroughItsDraftPkcs8Encoding(HybridKemAlgorithm algorithm) throws Exception {
            Credential office = office(algorithm);
            byte[] pkcs8 = office.privateKey().getEncoded();

            byte[] envelope = sealedTo(algorithm);
            RecipientInformation recipientInfo = new CMSAuthEnvelopedData(envelope).getRecipientInfos()
                    .getRecipients().iterator().next();
            assertThat(recipientInfo.getContent(new HybridKemAuthEnvelopedRecipient(algorithm.privateKey(pkcs8))))
                    .isEqualTo(CONTENT);
            int seedAndTraditionalKey = PrivateKeyInfo.getInstance(pkcs8)
                    .getPrivateKey().getOctets().length;
            assertThat(seedAndTraditionalKey).as("64-byte ML-KEM seed then the traditional private key")
                    .isEqualTo(algorithm == HybridKemAlgorithm.MLKEM768_X25519 ? 64 + 32 : 64 + 51);
        }
    }
}
