package org.blohub.crypto.cms;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;

/**
 * Ephemeral-static key agreement with AES-256 key wrap for the recipients of one envelope: one fresh
 * originator key pair per call, never the signing key, and one KeyAgreeRecipientInfo holding a
 * RecipientEncryptedKey for each recipient (RFC 5652, section 6.2.2; RFC 5753, section 3.1.1).
 *
 * <p>The key pair generator is kept per thread: a KeyPairGenerator may not be shared between threads,
 * and making one per message looks the provider and the curve up again each time.
 */
final class EphemeralKeyAgreement {

    private final ASN1ObjectIdentifier agreement;
    private final String keyAlgorithm;
    private final Optional<AlgorithmParameterSpec> keyParameters;
    private final String description;
    private final ThreadLocal<KeyPairGenerator> generators = new ThreadLocal<>();

    EphemeralKeyAgreement(ASN1ObjectIdentifier agreement, String keyAlgorithm,
            Optional<AlgorithmParameterSpec> keyParameters, String description) {
        this.agreement = agreement;
        this.keyAlgorithm = keyAlgorithm;
        this.keyParameters = keyParameters;
        this.description = description;
    }

    RecipientInfoGenerator forRecipients(List<X509Certificate> recipients) throws SealingException {
        try {
            KeyPair originator = generator().generateKeyPair();
            JceKeyAgreeRecipientInfoGenerator generator = new JceKeyAgreeRecipientInfoGenerator(agreement,
                    originator.getPrivate(), originator.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .setProvider(CryptoProvider.bouncyCastle());
            for (X509Certificate recipient : recipients) {
                generator.addRecipient(recipient);
            }
            return generator;
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot prepare " + description + " key agreement for recipient certificate serials "
                    + recipients.stream().map(recipient -> recipient.getSerialNumber().toString(16))
                            .collect(Collectors.joining(", ")), e);
        }
    }

    private KeyPairGenerator generator() throws GeneralSecurityException {
        KeyPairGenerator generator = generators.get();
        if (generator == null) {
            generator = KeyPairGenerator.getInstance(keyAlgorithm, CryptoProvider.bouncyCastle());
            if (keyParameters.isPresent()) {
                generator.initialize(keyParameters.get());
            }
            generators.set(generator);
        }
        return generator;
    }
}
