package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.pki.Credential;
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

/**
 * Ephemeral-static ECDH on a named NIST curve (RFC 5753, dhSinglePass-stdDH with the ANSI X9.63 KDF)
 * and AES-256 key wrap. A fresh originator key pair per message, never the signing key, shared by all
 * recipients of that message in one KeyAgreeRecipientInfo.
 */
final class EcdhRecipientScheme implements RecipientScheme {

    private final ASN1ObjectIdentifier curve;
    private final ASN1ObjectIdentifier agreement;
    private final EphemeralKeyAgreement keyAgreement;

    private EcdhRecipientScheme(ASN1ObjectIdentifier curve, String curveName, ASN1ObjectIdentifier agreement) {
        this.curve = curve;
        this.agreement = agreement;
        this.keyAgreement = new EphemeralKeyAgreement(agreement, "EC",
                Optional.of(new ECGenParameterSpec(curveName)), "ECDH " + curveName);
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

    @Override
    public Optional<Recipient> tokenRecipient(Credential recipient) {
        return Optional.of(new TokenKeyAgreeRecipient(recipient));
    }

    private static boolean absentOrNullParameters(KeyAgreeRecipientInformation keyAgreement) {
        AlgorithmIdentifier algorithm = keyAgreement.getOriginator().getOriginatorKey().getAlgorithm();
        return ParameterChecks.absentOrNull(algorithm);
    }
}
