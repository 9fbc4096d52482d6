package org.blohub.crypto.cms.kem;

import java.security.PrivateKey;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.cms.StreamingGcmContent;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKEMRecipient;

/** Decapsulation and unwrap through the JCA as usual; the content through {@link StreamingGcmContent}. */
final class StreamingKemRecipient extends JceKEMRecipient {

    StreamingKemRecipient(PrivateKey recipientKey) {
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
