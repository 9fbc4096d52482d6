package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;

/** Key agreement and unwrap through the JCA as usual; the content through {@link StreamingGcmContent}. */
final class StreamingKeyAgreeRecipient extends JceKeyAgreeRecipient {

    StreamingKeyAgreeRecipient(PrivateKey recipientKey) {
        super(recipientKey);
        setProvider(CryptoProvider.bouncyCastle());
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, SubjectPublicKeyInfo senderPublicKey,
            ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey) throws CMSException {
        return StreamingGcmContent.decryptingOperator(contentEncryptionAlgorithm, extractSecretKey(
                keyEncryptionAlgorithm, contentEncryptionAlgorithm, senderPublicKey, userKeyingMaterial,
                encryptedContentKey));
    }
}
