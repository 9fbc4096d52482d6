package org.blohub.crypto.cms;

import java.security.PrivateKey;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipient;

/** Key transport through the JCA as usual; the content through {@link StreamingGcmContent}. */
final class StreamingKeyTransRecipient extends JceKeyTransRecipient {

    StreamingKeyTransRecipient(PrivateKey recipientKey) {
        super(recipientKey);
        setProvider(CryptoProvider.bouncyCastle());
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, byte[] encryptedContentKey) throws CMSException {
        return StreamingGcmContent.decryptingOperator(contentEncryptionAlgorithm,
                extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm, encryptedContentKey));
    }
}
