package org.blohub.crypto.cms;

import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;

/**
 * Checks shared by the key-agreement schemes. Bouncy Castle derives the originator's public key from
 * the recipient's own key parameters and ignores the originator's algorithm identifier, so we check
 * that identifier ourselves: nothing outside the authenticated parts may vary unnoticed.
 */
final class KeyAgreementProfile {

    private KeyAgreementProfile() {
    }

    static boolean usesAgreementAndWrap(KeyAgreeRecipientInformation recipientInfo, ASN1ObjectIdentifier agreement,
            ASN1ObjectIdentifier wrap) {
        AlgorithmIdentifier keyEncryption = recipientInfo.getKeyEncryptionAlgorithm();
        if (!keyEncryption.getAlgorithm().equals(agreement) || keyEncryption.getParameters() == null) {
            return false;
        }
        AlgorithmIdentifier wrapAlgorithm = AlgorithmIdentifier.getInstance(keyEncryption.getParameters());
        return wrapAlgorithm.getAlgorithm().equals(wrap) && ParameterChecks.absent(wrapAlgorithm);
    }

    /** The originator's ephemeral key type, if the originator is given as a key (ephemeral-static) rather than a certificate. */
    static Optional<KeyKind> originatorKey(KeyAgreeRecipientInformation recipientInfo) {
        OriginatorPublicKey originator = recipientInfo.getOriginator().getOriginatorKey();
        return Optional.ofNullable(originator).map(key -> KeyKind.of(key.getAlgorithm()));
    }
}
