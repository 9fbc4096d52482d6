package org.blohub.crypto.cms;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;

/**
 * Ephemeral-static ECDH on a named NIST curve (RFC 5753, dhSinglePass-stdDH with the ANSI X9.63 KDF)
 * and AES-256 key wrap. A fresh originator key pair per message, never the signing key.
 */
final class EcdhRecipientScheme implements RecipientScheme {

    private final ASN1ObjectIdentifier curve;
    private final String curveName;
    private final ASN1ObjectIdentifier agreement;

    private EcdhRecipientScheme(ASN1ObjectIdentifier curve, String curveName, ASN1ObjectIdentifier agreement) {
        this.curve = curve;
        this.curveName = curveName;
        this.agreement = agreement;
    }

    /** The default profile: P-256 with dhSinglePass-stdDH-sha256kdf-scheme, as OpenSSL 3 reads it. */
    static EcdhRecipientScheme p256() {
        return new EcdhRecipientScheme(SECObjectIdentifiers.secp256r1, "secp256r1", CMSAlgorithm.ECDH_SHA256KDF);
    }

    static EcdhRecipientScheme p384() {
        return new EcdhRecipientScheme(SECObjectIdentifiers.secp384r1, "secp384r1", CMSAlgorithm.ECDH_SHA384KDF);
    }

    @Override
    public boolean encryptsTo(PublicKey key) {
        return KeyKind.of(key).is(X9ObjectIdentifiers.id_ecPublicKey, curve);
    }

    @Override
    public RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
            generator.initialize(new ECGenParameterSpec(curveName));
            KeyPair originator = generator.generateKeyPair();
            return new JceKeyAgreeRecipientInfoGenerator(agreement, originator.getPrivate(), originator.getPublic(),
                    CMSAlgorithm.AES256_WRAP)
                    .setProvider(CryptoProvider.bouncyCastle())
                    .addRecipient(recipient);
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot prepare ECDH key agreement for recipient certificate serial "
                    + recipient.getSerialNumber().toString(16), e);
        }
    }

    @Override
    public boolean decryptsWith(PrivateKey key) {
        return KeyKind.of(key).is(X9ObjectIdentifiers.id_ecPublicKey, curve);
    }

    @Override
    public boolean accepts(RecipientInformation recipientInfo) {
        return recipientInfo instanceof KeyAgreeRecipientInformation keyAgreement
                && KeyAgreementProfile.usesAgreementAndWrap(keyAgreement, agreement, CMSAlgorithm.AES256_WRAP)
                && KeyAgreementProfile.originatorKey(keyAgreement)
                        .filter(key -> key.is(X9ObjectIdentifiers.id_ecPublicKey, curve)
                                || key.is(X9ObjectIdentifiers.id_ecPublicKey) && absentOrNullParameters(keyAgreement))
                        .isPresent();
    }

    @Override
    public Recipient recipient(PrivateKey key) {
        return new JceKeyAgreeAuthEnvelopedRecipient(key).setProvider(CryptoProvider.bouncyCastle());
    }

    @Override
    public Recipient streamingRecipient(PrivateKey key) {
        return new StreamingKeyAgreeRecipient(key);
    }

    private static boolean absentOrNullParameters(KeyAgreeRecipientInformation keyAgreement) {
        AlgorithmIdentifier algorithm = keyAgreement.getOriginator().getOriginatorKey().getAlgorithm();
        return ParameterChecks.absentOrNull(algorithm);
    }
}
