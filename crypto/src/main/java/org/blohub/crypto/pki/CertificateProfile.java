package org.blohub.crypto.pki;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.util.IPAddress;

/**
 * The extensions (other than the key identifiers) a certificate of a given purpose carries,
 * derived from the purpose and the type of the subject key.
 */
final class CertificateProfile {

    private static final int ROOT_PATH_LENGTH = 1;
    private static final int NATIONAL_PATH_LENGTH = 0;

    private CertificateProfile() {
    }

    record ProfileExtension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    }

    static List<ProfileExtension> extensionsFor(
            CertificatePurpose purpose, SubjectPublicKeyInfo subjectKey, List<String> subjectAlternativeNames) {
        List<ProfileExtension> extensions = new ArrayList<>();
        extensions.add(new ProfileExtension(Extension.basicConstraints, true, basicConstraints(purpose)));
        extensions.add(new ProfileExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(purpose, subjectKey))));
        if (purpose == CertificatePurpose.NODE_TLS) {
            extensions.add(new ProfileExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})));
        }
        if (!subjectAlternativeNames.isEmpty()) {
            extensions.add(new ProfileExtension(Extension.subjectAlternativeName, false,
                    subjectAlternativeNames(subjectAlternativeNames)));
        }
        return extensions;
    }

    private static BasicConstraints basicConstraints(CertificatePurpose purpose) {
        return switch (purpose) {
            case ROOT_CA -> new BasicConstraints(ROOT_PATH_LENGTH);
            case NATIONAL_CA -> new BasicConstraints(NATIONAL_PATH_LENGTH);
            default -> new BasicConstraints(false);
        };
    }

    private static int keyUsage(CertificatePurpose purpose, SubjectPublicKeyInfo subjectKey) {
        return switch (purpose) {
            case ROOT_CA, NATIONAL_CA -> KeyUsage.keyCertSign | KeyUsage.cRLSign;
            case OFFICE_SIGNING -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            case OFFICE_ENCRYPTION -> isKeyAgreementKey(subjectKey) ? KeyUsage.keyAgreement : KeyUsage.keyEncipherment;
            case NODE_TLS -> KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                    | (isEllipticCurveKey(subjectKey) ? KeyUsage.keyAgreement : 0);
            case AUDIT_SIGNING -> KeyUsage.digitalSignature;
        };
    }

    /**
     * EC and X25519/X448 keys establish keys by agreement. RSA and every other type, including
     * ML-KEM and composite KEM keys (RFC 9629 asks for keyEncipherment), encipher a key.
     */
    private static boolean isKeyAgreementKey(SubjectPublicKeyInfo subjectKey) {
        ASN1ObjectIdentifier algorithm = subjectKey.getAlgorithm().getAlgorithm();
        return isEllipticCurveKey(subjectKey)
                || algorithm.equals(EdECObjectIdentifiers.id_X25519)
                || algorithm.equals(EdECObjectIdentifiers.id_X448)
                || algorithm.equals(PKCSObjectIdentifiers.dhKeyAgreement);
    }

    private static boolean isEllipticCurveKey(SubjectPublicKeyInfo subjectKey) {
        return subjectKey.getAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey);
    }

    private static GeneralNames subjectAlternativeNames(List<String> names) {
        return new GeneralNames(names.stream()
                .map(name -> IPAddress.isValid(name)
                        ? new GeneralName(GeneralName.iPAddress, name)
                        : new GeneralName(GeneralName.dNSName, name))
                .toArray(GeneralName[]::new));
    }
}
