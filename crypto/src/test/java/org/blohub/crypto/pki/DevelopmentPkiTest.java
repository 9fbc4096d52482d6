package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DevelopmentPkiTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final DevelopmentPki PKI = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC));

    // Indexes into X509Certificate.getKeyUsage(), RFC 5280 section 4.2.1.3.
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    @Nested
    class Hierarchy {

        @Test
        void rootIsSelfSignedEcP384CaWithPathLengthOneValidForTenYears() throws Exception {
            X509Certificate root = PKI.root().certificate();

            root.verify(root.getPublicKey(), CryptoProvider.bouncyCastle());
            assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
            assertThat(attribute(root, "CN")).isEqualTo("BLO Hub Mekong Root CA (DEMO)");
            assertThat(root.getSigAlgName()).isEqualToIgnoringCase("SHA384withECDSA");
            assertThat(fieldSize(root)).isEqualTo(384);
            assertThat(root.getBasicConstraints()).isEqualTo(1);
            assertThat(setKeyUsages(root)).containsExactly(KEY_CERT_SIGN, CRL_SIGN);
            assertThat(root.getNotAfter().toInstant()).isEqualTo(Instant.parse("2036-11-28T12:00:00Z"));
        }

        @Test
        void nationalCaIsIssuedByTheRootWithPathLengthZeroAndAnEcP256Key() throws Exception {
            CertificateAuthority thailand = PKI.nationalCa("TH");
            X509Certificate national = thailand.certificate();

            national.verify(PKI.root().certificate().getPublicKey(), CryptoProvider.bouncyCastle());
            assertThat(attribute(national, "CN")).isEqualTo("BLO Hub TH National CA (DEMO)");
            assertThat(attribute(national, "C")).isEqualTo("TH");
            assertThat(national.getSigAlgName()).isEqualToIgnoringCase("SHA384withECDSA");
            assertThat(fieldSize(national)).isEqualTo(256);
            assertThat(national.getBasicConstraints()).isZero();
            assertThat(setKeyUsages(national)).containsExactly(KEY_CERT_SIGN, CRL_SIGN);
            assertThat(thailand.credential().chain()).containsExactly(national, PKI.root().certificate());
        }

        @Test
        void nationalCaIsCreatedOnceAndReused() {
            assertThat(PKI.nationalCa("LA")).isSameAs(PKI.nationalCa("LA"));
        }

        @Test
        void officeCertificateIsIssuedByTheNationalCaOfItsCountryPrefix() throws Exception {
            Credential office = PKI.issueOfficeSigning("LA-HUAYXAI", KeyAlgorithm.EC_P256);

            X509Certificate laos = PKI.nationalCa("LA").certificate();
            office.certificate().verify(laos.getPublicKey(), CryptoProvider.bouncyCastle());
            assertThat(office.certificate().getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");
            assertThat(office.chain()).containsExactly(office.certificate(), laos, PKI.root().certificate());
        }

        @Test
        void everyGeneratedSubjectIsMarkedAsDemo() {
            Credential office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);

            assertThat(office.chain()).allSatisfy(certificate ->
                    assertThat(attribute(certificate, "O")).isEqualTo("BLO Hub DEMO"));
        }

        @Test
        void authorityKeyIdentifierOfEachCertificateIsTheSubjectKeyIdentifierOfItsIssuer() {
            List<X509Certificate> chain = PKI.issueAuditSigning("TH-node").chain();

            for (int i = 0; i < chain.size(); i++) {
                X509Certificate issuer = chain.get(Math.min(i + 1, chain.size() - 1));
                assertThat(authorityKeyId(chain.get(i))).isEqualTo(subjectKeyId(issuer));
            }
        }

        @Test
        void leafIsValidFromAnHourBeforeNowForTwoYears() {
            X509Certificate leaf = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.ED25519).certificate();

            assertThat(leaf.getNotBefore().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
            assertThat(leaf.getNotAfter().toInstant()).isEqualTo(Instant.parse("2028-11-28T12:00:00Z"));
        }

        @Test
        void recognisesItsOwnCertificatesAsDemoMaterial() {
            Credential office = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
            X509Certificate nationalRoot = SelfSignedCertificate.create("C=TH,O=Thai National PKI,CN=Root", NOW);

            assertThat(office.chain()).allMatch(DevelopmentPki::isDemoMaterial);
            assertThat(DevelopmentPki.isDemoMaterial(nationalRoot)).isFalse();
        }

        @Test
        void rejectsNamesWithoutACountryPrefix() {
            assertThatThrownBy(() -> PKI.issueOfficeSigning("MAESAI", KeyAlgorithm.EC_P256))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MAESAI");
        }
    }

    @Nested
    class KeyUsageByPurpose {

        @Test
        void officeSigningCertificateAllowsDigitalSignatureAndNonRepudiationOnly() {
            X509Certificate leaf = PKI.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P384).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(DIGITAL_SIGNATURE, NON_REPUDIATION);
            assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        }

        @Test
        void officeEncryptionCertificateForEcKeyAllowsKeyAgreement() {
            X509Certificate leaf = PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.EC_P256).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(KEY_AGREEMENT);
            assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        }

        @Test
        void officeEncryptionCertificateForX25519KeyAllowsKeyAgreement() {
            X509Certificate leaf = PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.X25519).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(KEY_AGREEMENT);
            assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("X25519");
        }

        @Test
        void officeEncryptionCertificateForRsaKeyAllowsKeyEncipherment() {
            X509Certificate leaf = PKI.issueOfficeEncryption("TH-MAESAI", KeyAlgorithm.RSA_3072).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(KEY_ENCIPHERMENT);
            assertThat(((RSAPublicKey) leaf.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        }

        @Test
        void officeEncryptionCertificateForMlKemKeyGeneratedElsewhereAllowsKeyEncipherment() throws Exception {
            KeyPair mlKem = KeyPairGenerator.getInstance("ML-KEM-768", CryptoProvider.bouncyCastle()).generateKeyPair();

            Credential credential = PKI.issueOfficeEncryption("TH-MAESAI", mlKem);

            assertThat(setKeyUsages(credential.certificate())).containsExactly(KEY_ENCIPHERMENT);
            assertThat(credential.certificate().getPublicKey().getEncoded()).isEqualTo(mlKem.getPublic().getEncoded());
            assertThat(credential.privateKey()).isSameAs(mlKem.getPrivate());
        }

        @Test
        void officeEncryptionCertificateForCompositeKemKeyAllowsKeyEncipherment() {
            KeyPair composite = CompositeKeys.mlKem768WithX25519();

            X509Certificate leaf = PKI.issueOfficeEncryption("TH-MAESAI", composite).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(KEY_ENCIPHERMENT);
            assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(composite.getPublic().getEncoded());
        }

        @Test
        void officeSigningCertificateForCompositeMlDsaKeyAllowsDigitalSignatureAndNonRepudiation() {
            KeyPair composite = CompositeKeys.mlDsa65WithEcdsaP256();

            X509Certificate leaf = PKI.issueOfficeSigning("TH-MAESAI", composite).certificate();

            assertThat(setKeyUsages(leaf)).containsExactly(DIGITAL_SIGNATURE, NON_REPUDIATION);
            assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(composite.getPublic().getEncoded());
        }

        @Test
        void nodeTlsCertificateIsEcP256ForServerAndClientWithDnsAndIpNames() throws Exception {
            X509Certificate leaf = PKI.issueNodeTls("TH-node", List.of("th.node.blohub.test", "127.0.0.1"))
                    .certificate();

            assertThat(fieldSize(leaf)).isEqualTo(256);
            assertThat(setKeyUsages(leaf)).containsExactly(DIGITAL_SIGNATURE, KEY_ENCIPHERMENT, KEY_AGREEMENT);
            assertThat(leaf.getExtendedKeyUsage()).containsExactly(
                    KeyPurposeId.id_kp_serverAuth.getId(), KeyPurposeId.id_kp_clientAuth.getId());
            assertThat(leaf.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                    List.of(2, "th.node.blohub.test"), List.of(7, "127.0.0.1"));
        }

        @Test
        void auditSigningCertificateIsEd25519ForDigitalSignature() {
            X509Certificate leaf = PKI.issueAuditSigning("LA-node").certificate();

            assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("Ed25519");
            assertThat(setKeyUsages(leaf)).containsExactly(DIGITAL_SIGNATURE);
        }
    }

    static String attribute(X509Certificate certificate, String name) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return IETFUtils.valueToString(subject.getRDNs(BCStyle.INSTANCE.attrNameToOID(name))[0].getFirst().getValue());
    }

    static List<Integer> setKeyUsages(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return java.util.stream.IntStream.range(0, usage.length).filter(i -> usage[i]).boxed().toList();
    }

    private static int fieldSize(X509Certificate certificate) {
        return ((java.security.interfaces.ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField()
                .getFieldSize();
    }

    private static BigInteger authorityKeyId(X509Certificate certificate) {
        byte[] value = ASN1OctetString.getInstance(certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                .getOctets();
        return new BigInteger(1, AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets());
    }

    private static BigInteger subjectKeyId(X509Certificate certificate) {
        byte[] value = ASN1OctetString.getInstance(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .getOctets();
        return new BigInteger(1, SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
    }
}
