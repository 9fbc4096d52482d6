package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;

/** RSA-OAEP key transport with SHA-256 and MGF1-SHA-256, empty label (RFC 8017, RFC 3560). */
final class RsaOaepRecipientScheme implements RecipientScheme {

    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
            DERNull.INSTANCE);
    private static final AlgorithmIdentifier OAEP_SHA256 = new AlgorithmIdentifier(
            PKCSObjectIdentifiers.id_RSAES_OAEP,
            new RSAESOAEPparams(SHA256, new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, SHA256),
                    RSAESOAEPparams.DEFAULT_P_SOURCE_ALGORITHM));

    @Override
    public boolean encryptsTo(PublicKey key) {
        return KeyKind.of(key).is(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
        try {
            return new JceKeyTransRecipientInfoGenerator(recipient, OAEP_SHA256)
                    .setProvider(CryptoProvider.bouncyCastle());
        } catch (CertificateEncodingException e) {
            throw new SealingException("cannot read RSA recipient certificate serial "
                    + recipient.getSerialNumber().toString(16), e);
        }
    }

    @Override
    public boolean decryptsWith(PrivateKey key) {
        return KeyKind.of(key).is(PKCSObjectIdentifiers.rsaEncryption);
    }

    @Override
    public boolean accepts(RecipientInformation recipientInfo) {
        if (!(recipientInfo instanceof KeyTransRecipientInformation)) {
            return false;
        }
        AlgorithmIdentifier keyEncryption = recipientInfo.getKeyEncryptionAlgorithm();
        if (!keyEncryption.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSAES_OAEP)
                || keyEncryption.getParameters() == null) {
            return false;
        }
        RSAESOAEPparams parameters = RSAESOAEPparams.getInstance(keyEncryption.getParameters());
        AlgorithmIdentifier mask = parameters.getMaskGenAlgorithm();
        return parameters.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && mask.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1)
                && AlgorithmIdentifier.getInstance(mask.getParameters()).getAlgorithm()
                        .equals(NISTObjectIdentifiers.id_sha256)
                && parameters.getPSourceAlgorithm().equals(RSAESOAEPparams.DEFAULT_P_SOURCE_ALGORITHM);
    }

    @Override
    public Recipient recipient(PrivateKey key) {
        return new JceKeyTransAuthEnvelopedRecipient(key).setProvider(CryptoProvider.bouncyCastle());
    }

    @Override
    public Recipient streamingRecipient(PrivateKey key) {
        return new StreamingKeyTransRecipient(key);
    }
}
