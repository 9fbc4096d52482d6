package org.blohub.crypto.cms;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;

/**
 * Ephemeral-static X25519 key agreement as RFC 8418 specifies it for CMS, with
 * id-alg-dhSinglePass-stdDH-hkdf-sha256-scheme (HKDF with SHA-256) and AES-256 key wrap. Bouncy Castle
 * 1.87 implements XDH only with the HKDF schemes: its X9.63-KDF scheme OIDs map to the EC key agreement.
 * OpenSSL 3.0 cannot encrypt to these recipients.
 */
final class X25519RecipientScheme implements RecipientScheme {

    @Override
    public boolean encryptsTo(PublicKey key) {
        return KeyKind.of(key).is(EdECObjectIdentifiers.id_X25519);
    }

    @Override
    public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
        try {
            KeyPair originator = KeyPairGenerator.getInstance("X25519", CryptoProvider.bouncyCastle()).generateKeyPair();
            return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_HKDF_SHA256, originator.getPrivate(),
                    originator.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .setProvider(CryptoProvider.bouncyCastle())
                    .addRecipient(recipient);
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot prepare X25519 key agreement for recipient certificate serial "
                    + recipient.getSerialNumber().toString(16), e);
        }
    }

    @Override
    public boolean decryptsWith(PrivateKey key) {
        return KeyKind.of(key).is(EdECObjectIdentifiers.id_X25519);
    }

    @Override
    public boolean accepts(RecipientInformation recipientInfo) {
        return recipientInfo instanceof KeyAgreeRecipientInformation keyAgreement
                && KeyAgreementProfile.usesAgreementAndWrap(keyAgreement, CMSAlgorithm.ECDH_HKDF_SHA256,
                        CMSAlgorithm.AES256_WRAP)
                && KeyAgreementProfile.originatorKey(keyAgreement)
                        .filter(key -> key.is(EdECObjectIdentifiers.id_X25519) && key.curve().isEmpty())
                        .isPresent()
                && ParameterChecks.absent(keyAgreement.getOriginator().getOriginatorKey().getAlgorithm());
    }

    @Override
    public Recipient recipient(PrivateKey key) {
        return new JceKeyAgreeAuthEnvelopedRecipient(key).setProvider(CryptoProvider.bouncyCastle());
    }

    @Override
    public Recipient streamingRecipient(PrivateKey key) {
        return new StreamingKeyAgreeRecipient(key);
    }
}
