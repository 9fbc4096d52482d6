package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;

/**
 * Ephemeral-static X25519 key agreement as RFC 8418 specifies it for CMS, with
 * id-alg-dhSinglePass-stdDH-hkdf-sha256-scheme (HKDF with SHA-256) and AES-256 key wrap. Bouncy Castle
 * 1.87 implements XDH only with the HKDF schemes: its X9.63-KDF scheme OIDs map to the EC key agreement.
 * OpenSSL 3.0 cannot encrypt to these recipients.
 */
final class X25519RecipientScheme implements RecipientScheme {

    private final EphemeralKeyAgreement keyAgreement =
            new EphemeralKeyAgreement(CMSAlgorithm.ECDH_HKDF_SHA256, "X25519", Optional.empty(), "X25519");

    @Override
    public boolean encryptsTo(PublicKey key) {
        return KeyKind.of(key).is(EdECObjectIdentifiers.id_X25519);
    }

    @Override
    public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
        return keyAgreement.forRecipients(List.of(recipient));
    }

    /** One KeyAgreeRecipientInfo, with one ephemeral key, for all of them. */
    @Override
    public List<RecipientInfoGenerator> recipientInfoGenerators(List<X509Certificate> recipients)
            throws SealingException {
        return recipients.isEmpty() ? List.of() : List.of(keyAgreement.forRecipients(recipients));
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
