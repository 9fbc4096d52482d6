package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.crypto.cms.kem.HybridProfileFixtures.PKI;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositeSignatureTest {

    private static final CompositeSignatureAlgorithm ALGORITHM = CompositeSignatureAlgorithm.MLDSA65_ECDSA_P256;
    private static final int MLDSA65_SIGNATURE_LENGTH = 3309;
    private static final byte[] CONTENT = "{\"kind\":\"ALERT\",\"subject\":\"composite\"}".getBytes(UTF_8);
    private static final Credential SIGNER = PKI.issueOfficeSigning("TH-MAESAI", ALGORITHM.generateKeyPair());

    @Nested
    class Certificate {

        @Test
        void carriesTheCompositeKeyAndIsSignedByTheNationalCa() throws Exception {
            X509Certificate certificate = SIGNER.certificate();

            certificate.verify(PKI.nationalCa("TH").certificate().getPublicKey(), CryptoProvider.bouncyCastle());
            assertThat(SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getAlgorithm())
                    .isEqualTo(new AlgorithmIdentifier(ALGORITHM.oid()));
            assertThat(ALGORITHM.oid().getId()).isEqualTo("1.3.6.1.5.5.7.6.45");
            assertThat(CompositeSignatureAlgorithm.of(SIGNER.privateKey())).contains(ALGORITHM);
        }
    }

    @Nested
    class SignedDataSignature {

        @Test
        void verifiesWithTheSignersCertificate() throws Exception {
            CMSSignedData signed = signed(CONTENT);
            SignerInformation signer = onlySigner(signed);

            assertThat(verifies(signer)).isTrue();
            assertThat(signer.getDigestAlgorithmID()).isEqualTo(new AlgorithmIdentifier(ALGORITHM.cmsDigest()));
            assertThat(signer.toASN1Structure().getDigestEncryptionAlgorithm())
                    .isEqualTo(new AlgorithmIdentifier(ALGORITHM.oid()));
            assertThat(signer.getSignature().length).isGreaterThan(MLDSA65_SIGNATURE_LENGTH);
        }

        @Test
        void doesNotVerifyOverChangedContent() throws Exception {
            CMSSignedData signed = signed(CONTENT);
            CMSSignedData substituted = new CMSSignedData(new CMSProcessableByteArray("{}".getBytes(UTF_8)),
                    signed.toASN1Structure());

            assertThat(verifies(onlySigner(substituted))).isFalse();
        }

        @Test
        void doesNotVerifyWhenOnlyTheMlDsaHalfIsChanged() throws Exception {
            assertThat(verifies(withSignatureBitFlipped(signed(CONTENT), 100))).isFalse();
        }

        @Test
        void doesNotVerifyWhenOnlyTheEcdsaHalfIsChanged() throws Exception {
            CMSSignedData signed = signed(CONTENT);
            int lastByteOfEcdsaSignature = onlySigner(signed).getSignature().length - 1;

            assertThat(verifies(withSignatureBitFlipped(signed, lastByteOfEcdsaSignature))).isFalse();
        }
    }

    private static CMSSignedData signed(byte[] content) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(CryptoProvider.bouncyCastle()).build())
                .build(new JcaContentSignerBuilder(ALGORITHM.jcaName())
                        .setProvider(CryptoProvider.bouncyCastle())
                        .build(SIGNER.privateKey()), SIGNER.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(SIGNER.certificate())));
        return new CMSSignedData(generator.generate(new CMSProcessableByteArray(content), true).getEncoded());
    }

    private static SignerInformation onlySigner(CMSSignedData signed) {
        assertThat(signed.getSignerInfos().size()).isEqualTo(1);
        return signed.getSignerInfos().getSigners().iterator().next();
    }

    private static boolean verifies(SignerInformation signer) throws OperatorCreationException {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(SIGNER.certificate()));
        } catch (CMSException e) {
            return false;
        }
    }

    /** The same SignedData with one bit of the signature value flipped, found in the DER encoding. */
    private static SignerInformation withSignatureBitFlipped(CMSSignedData signed, int index) throws Exception {
        byte[] encoded = signed.getEncoded();
        byte[] signature = onlySigner(signed).getSignature();
        int start = indexOf(encoded, signature);
        encoded[start + index] ^= 0x01;
        return onlySigner(new CMSSignedData(encoded));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return start;
            }
        }
        throw new IllegalArgumentException("signature value not found in the encoding");
    }
}
