package org.blohub.crypto.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.TestNetwork.HOUAYXAY;
import static org.blohub.crypto.cms.TestNetwork.MAE_SAI;

import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemeSelectionTest {

    private static final TestNetwork NETWORK = TestNetwork.shared();

    @Nested
    class SignatureSchemeForAKey {

        @Test
        void signsWithEcdsaSha256OnP256AndSha384OnP384() {
            assertThat(SignatureSchemes.standard().forKey(NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P256).privateKey()))
                    .get().extracting(SignatureScheme::algorithmName).isEqualTo("SHA256withECDSA");
            assertThat(SignatureSchemes.standard().forKey(NETWORK.signing(MAE_SAI, KeyAlgorithm.EC_P384).privateKey()))
                    .get().extracting(SignatureScheme::algorithmName).isEqualTo("SHA384withECDSA");
        }

        @Test
        void prefersRsaPssUnlessPkcs1IsPreferredExplicitly() {
            var rsaKey = NETWORK.signing(MAE_SAI, KeyAlgorithm.RSA_3072).privateKey();

            assertThat(SignatureSchemes.standard().forKey(rsaKey))
                    .get().extracting(SignatureScheme::algorithmName).isEqualTo("SHA256withRSAandMGF1");
            assertThat(SignatureSchemes.standard().preferring(SignatureSchemes.rsaPkcs1()).forKey(rsaKey))
                    .get().extracting(SignatureScheme::algorithmName).isEqualTo("SHA256withRSA");
        }

        @Test
        void hasNoSchemeForAKeyAgreementKey() {
            assertThat(SignatureSchemes.standard().forKey(NETWORK.encryption(MAE_SAI, KeyAlgorithm.X25519).privateKey()))
                    .isEmpty();
        }
    }

    @Nested
    class RecipientSchemeForACertificateOrKey {

        @Test
        void choosesTheSameSchemeForACertificateAndItsPrivateKey() {
            RecipientSchemes schemes = RecipientSchemes.standard();
            for (KeyAlgorithm algorithm : new KeyAlgorithm[] {KeyAlgorithm.EC_P256, KeyAlgorithm.EC_P384,
                    KeyAlgorithm.X25519, KeyAlgorithm.RSA_3072}) {
                var credential = NETWORK.encryption(HOUAYXAY, algorithm);
                RecipientScheme forCertificate = schemes.forCertificate(credential.certificate()).orElseThrow();

                assertThat(schemes.forPrivateKey(credential.privateKey())).as(algorithm.name()).containsSame(forCertificate);
            }
        }

        @Test
        void distinguishesP256FromP384() {
            RecipientSchemes schemes = RecipientSchemes.standard();

            assertThat(schemes.forCertificate(NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P256).certificate()).orElseThrow())
                    .isNotSameAs(schemes.forCertificate(NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P384).certificate())
                            .orElseThrow());
        }

        @Test
        void hasNoSchemeForASignatureOnlyKey() {
            assertThat(RecipientSchemes.standard().forCertificate(NETWORK.signing(MAE_SAI, KeyAlgorithm.ED25519).certificate()))
                    .isEmpty();
        }

        @Test
        void readsTheKeyTypeFromTheEncodingIncludingTheCurve() {
            var p384 = NETWORK.encryption(HOUAYXAY, KeyAlgorithm.EC_P384);

            assertThat(KeyKind.of(p384.certificate().getPublicKey()))
                    .isEqualTo(KeyKind.of(p384.privateKey()))
                    .hasToString("1.2.840.10045.2.1/1.3.132.0.34");
        }
    }
}
