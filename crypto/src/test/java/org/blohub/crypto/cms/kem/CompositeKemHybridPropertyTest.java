package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.authEnveloped;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.hybridEncryptionCredential;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.hybridRecipient;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.kemRecipientInfo;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.recipientInfos;

import java.security.SecureRandom;

import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key that protects the content-encryption key depends on both component secrets: whoever
 * breaks only X25519 (or only P-256), or only ML-KEM, and so learns one of them, still cannot
 * unwrap it.
 */
class CompositeKemHybridPropertyTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Nested
    class DraftCombinerExamples {

        // draft-ietf-lamps-pq-composite-kem-17, appendix "Examples of KEM Combiner Intermediate Values".
        @Test
        void x25519ExampleGivesTheDraftSharedSecret() throws Exception {
            byte[] ss = DraftCompositeKemDecapsulation.combine(
                    Hex.decode("461b74b074818906edcd2fd976008caca5247f496670ae86e34abe35e62a7ae1"),
                    Hex.decode("4c62bd6d6f76294f3c14d7e79dbf56e4bf82cb1fb803accfaf2a59c1663a8843"),
                    Hex.decode("0ec7210a4aa22bb75af9243f95a6ccf857e872efbe5e77e8e917b56178fa473f"),
                    Hex.decode("1e9d4f72d56cef589864e102c6d6fa86cd3ac5163839556f7555ad083f37b03b"),
                    DraftCompositeKemDecapsulation.X25519_LABEL);

            assertThat(Hex.toHexString(ss)).isEqualTo("21ee673fdeac21dd78ef13bc8432a50c0ac31893cbe97d14c0e82f5fe4a28d98");
        }
    }

    @Nested
    class InsideAKemRecipientInfoWeWrote {

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void bothComponentSecretsTogetherUnwrapTheContentKey(HybridKemAlgorithm algorithm) throws Exception {
            Sealed sealed = Sealed.to(algorithm);

            byte[] ss = sealed.decapsulation.combine(sealed.decapsulation.mlkemSecret(),
                    sealed.decapsulation.traditionalSecret());

            assertThat(DraftCompositeKemDecapsulation.unwrapContentKey(ss, sealed.recipientInfo))
                    .as("AES-256 content-encryption key").hasSize(32);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void theTraditionalSecretAloneDoesNotUnwrapIt(HybridKemAlgorithm algorithm) throws Exception {
            Sealed sealed = Sealed.to(algorithm);

            byte[] ss = sealed.decapsulation.combine(randomSecret(), sealed.decapsulation.traditionalSecret());

            assertThatThrownBy(() -> DraftCompositeKemDecapsulation.unwrapContentKey(ss, sealed.recipientInfo))
                    .isInstanceOf(InvalidCipherTextException.class);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void theMlKemSecretAloneDoesNotUnwrapIt(HybridKemAlgorithm algorithm) throws Exception {
            Sealed sealed = Sealed.to(algorithm);

            byte[] ss = sealed.decapsulation.combine(sealed.decapsulation.mlkemSecret(), randomSecret());

            assertThatThrownBy(() -> DraftCompositeKemDecapsulation.unwrapContentKey(ss, sealed.recipientInfo))
                    .isInstanceOf(InvalidCipherTextException.class);
        }

        @ParameterizedTest
        @EnumSource(HybridKemAlgorithm.class)
        void neitherComponentSecretIsUsedAsTheKeyDirectly(HybridKemAlgorithm algorithm) throws Exception {
            Sealed sealed = Sealed.to(algorithm);

            assertThatThrownBy(() -> DraftCompositeKemDecapsulation.unwrapContentKey(
                    sealed.decapsulation.mlkemSecret(), sealed.recipientInfo))
                    .isInstanceOf(InvalidCipherTextException.class);
            assertThatThrownBy(() -> DraftCompositeKemDecapsulation.unwrapContentKey(
                    sealed.decapsulation.traditionalSecret(), sealed.recipientInfo))
                    .isInstanceOf(InvalidCipherTextException.class);
        }
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    private record Sealed(KEMRecipientInfo recipientInfo, DraftCompositeKemDecapsulation decapsulation) {

        static Sealed to(HybridKemAlgorithm algorithm) throws Exception {
            Credential office = hybridEncryptionCredential("LA-VIENTIANE-" + algorithm.ordinal(), algorithm);
            byte[] envelope = authEnveloped("combiner".getBytes(UTF_8), hybridRecipient(office.certificate()));
            KEMRecipientInfo info = kemRecipientInfo(recipientInfos(envelope).get(0));
            return new Sealed(info, new DraftCompositeKemDecapsulation(algorithm, info.getKemct().getOctets(),
                    office.certificate().getPublicKey(), office.privateKey()));
        }
    }
}
