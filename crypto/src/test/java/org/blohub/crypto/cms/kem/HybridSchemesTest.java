package org.blohub.crypto.cms.kem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.PKI;

import org.blohub.crypto.cms.RecipientSchemes;
import org.blohub.crypto.cms.SealingException;
import org.blohub.crypto.cms.SignatureSchemes;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HybridSchemesTest {

    @Nested
    class StandardRegistries {

        @Test
        void chooseTheHybridSchemesForCompositeKeys() {
            Credential signing = PKI.issueOfficeSigning("TH-SOPHONG",
                    CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair());
            Credential encryption = PKI.issueOfficeEncryption("TH-SOPHONG",
                    HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair());

            assertThat(SignatureSchemes.standard().forKey(signing.privateKey()))
                    .get().isInstanceOf(CompositeSignatureScheme.class);
            assertThat(RecipientSchemes.standard().forCertificate(encryption.certificate()))
                    .get().isInstanceOf(HybridKemRecipientScheme.class);
            assertThat(RecipientSchemes.standard().forPrivateKey(encryption.privateKey()))
                    .get().isInstanceOf(HybridKemRecipientScheme.class);
        }
    }

    @Nested
    class RecipientScheme {

        private final HybridKemRecipientScheme scheme = new HybridKemRecipientScheme();

        @Test
        void takesCompositeKemKeysOnly() {
            Credential hybrid = PKI.issueOfficeEncryption("TH-SOPHONG", HybridKemAlgorithm.MLKEM768_X25519.generateKeyPair());
            Credential classical = PKI.issueOfficeEncryption("TH-SOPHONG", KeyAlgorithm.X25519);

            assertThat(scheme.encryptsTo(hybrid.certificate().getPublicKey())).isTrue();
            assertThat(scheme.decryptsWith(hybrid.privateKey())).isTrue();
            assertThat(scheme.encryptsTo(classical.certificate().getPublicKey())).isFalse();
            assertThat(scheme.decryptsWith(classical.privateKey())).isFalse();
        }

        @Test
        void reportsACertificateItCannotEncryptToAsASealingFailure() {
            Credential signingOnly = PKI.issueOfficeSigning("TH-SOPHONG",
                    HybridKemAlgorithm.MLKEM768_ECDH_P256.generateKeyPair());

            assertThatThrownBy(() -> scheme.recipientInfoGenerator(signingOnly.certificate()))
                    .isInstanceOf(SealingException.class)
                    .hasCauseInstanceOf(CompositeKeyException.class);
        }
    }

    @Nested
    class SignatureScheme {

        private final CompositeSignatureScheme scheme = CompositeSignatureScheme.mldsa65EcdsaP256();
        private final AlgorithmIdentifier composite =
                new AlgorithmIdentifier(CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.oid());
        private final AlgorithmIdentifier sha512 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512);

        @Test
        void signsWithCompositeMlDsaKeysOnly() {
            assertThat(scheme.canSignWith(CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.generateKeyPair().getPrivate()))
                    .isTrue();
            assertThat(scheme.canSignWith(KeyAlgorithm.EC_P256.generateKeyPair().getPrivate())).isFalse();
            assertThat(scheme.algorithmName()).isEqualTo("MLDSA65-ECDSA-P256-SHA512");
        }

        @Test
        void acceptsTheCompositeOidWithSha512AndAbsentParametersOnly() {
            assertThat(scheme.accepts(sha512, composite)).isTrue();
            assertThat(scheme.accepts(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), composite)).isFalse();
            assertThat(scheme.accepts(sha512,
                    new AlgorithmIdentifier(CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256.oid(), DERNull.INSTANCE)))
                    .isFalse();
            assertThat(scheme.accepts(sha512, new AlgorithmIdentifier(NISTObjectIdentifiers.id_ml_dsa_65))).isFalse();
        }
    }
}
