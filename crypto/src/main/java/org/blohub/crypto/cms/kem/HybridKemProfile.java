package org.blohub.crypto.cms.kem;

import java.util.Optional;

import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.KEMRecipientInformation;

/**
 * The KEMRecipientInfo fields of the hybrid profile (RFC 9629 with draft-ietf-lamps-cms-composite-kem-00):
 * kdf id-alg-hkdf-with-sha256 with absent parameters, kekLength 32, no ukm, wrap id-aes256-wrap.
 * The sealer writes exactly these and the opener accepts nothing else.
 */
final class HybridKemProfile {

    static final AlgorithmIdentifier KDF = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_alg_hkdf_with_sha256);
    static final AlgorithmIdentifier WRAP = new AlgorithmIdentifier(CMSAlgorithm.AES256_WRAP);
    static final int KEK_LENGTH = 32;

    private HybridKemProfile() {
    }

    /** What the parsed RecipientInformation shows of the profile: kem, kdf and ukm. */
    static Optional<String> violation(KEMRecipientInformation recipientInfo, HybridKemAlgorithm expected) {
        return firstOf(
                kemViolation(recipientInfo.getKeyEncryptionAlgorithm(), expected),
                kdfViolation(recipientInfo.getKdfAlgorithm()),
                recipientInfo.getUkm() == null ? Optional.empty() : Optional.of("ukm is present"));
    }

    /** Every field of a KEMRecipientInfo except rid and encryptedKey. */
    static Optional<String> violation(KEMRecipientInfo recipientInfo, HybridKemAlgorithm expected) {
        return firstOf(
                kemViolation(recipientInfo.getKem(), expected),
                recipientInfo.getKemct().getOctets().length == expected.ciphertextLength()
                        ? Optional.empty()
                        : Optional.of("kemct is " + recipientInfo.getKemct().getOctets().length + " bytes, "
                                + expected.jcaName() + " ciphertexts are " + expected.ciphertextLength()),
                kdfViolation(recipientInfo.getKdf()),
                recipientInfo.getKekLength() == KEK_LENGTH
                        ? Optional.empty()
                        : Optional.of("kekLength is " + recipientInfo.getKekLength() + ", not " + KEK_LENGTH),
                recipientInfo.getUkm() == null ? Optional.empty() : Optional.of("ukm is present"),
                WRAP.equals(recipientInfo.getWrap())
                        ? Optional.empty()
                        : Optional.of("wrap is " + recipientInfo.getWrap().getAlgorithm().getId()
                                + ", not id-aes256-wrap with absent parameters"));
    }

    private static Optional<String> kemViolation(AlgorithmIdentifier kem, HybridKemAlgorithm expected) {
        return new AlgorithmIdentifier(expected.oid()).equals(kem)
                ? Optional.empty()
                : Optional.of("kem is " + kem.getAlgorithm().getId() + ", not " + expected.jcaName()
                        + " with absent parameters");
    }

    private static Optional<String> kdfViolation(AlgorithmIdentifier kdf) {
        return KDF.equals(kdf)
                ? Optional.empty()
                : Optional.of("kdf is " + kdf.getAlgorithm().getId() + ", not id-alg-hkdf-with-sha256 with absent parameters");
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
