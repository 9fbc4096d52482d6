package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.cms.kem.HybridKemRecipientScheme;
import org.blohub.crypto.pki.Credential;

/**
 * The recipient schemes a sealer encrypts with and an opener unlocks with, chosen by key type.
 * A new key type is one {@link RecipientScheme} class plus one line in {@link #standard()} or a call
 * to {@link #with(RecipientScheme)}.
 */
public final class RecipientSchemes {

    private final List<RecipientScheme> schemes;

    private RecipientSchemes(List<RecipientScheme> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    /** ECDH P-256 and P-384 (RFC 5753), X25519 (RFC 8418), RSA-OAEP SHA-256, composite ML-KEM-768 (RFC 9629, docs/crypto-pq.md). */
    public static RecipientSchemes standard() {
        return new RecipientSchemes(List.of(
                EcdhRecipientScheme.p256(),
                EcdhRecipientScheme.p384(),
                new X25519RecipientScheme(),
                new RsaOaepRecipientScheme(),
                new HybridKemRecipientScheme()));
    }

    /** These schemes with {@code scheme} tried first. */
    public RecipientSchemes with(RecipientScheme scheme) {
        List<RecipientScheme> extended = new ArrayList<>();
        extended.add(scheme);
        extended.addAll(schemes);
        return new RecipientSchemes(extended);
    }

    /** The scheme that encrypts to this certificate's key. */
    public Optional<RecipientScheme> forCertificate(X509Certificate certificate) {
        return schemes.stream().filter(scheme -> scheme.encryptsTo(certificate.getPublicKey())).findFirst();
    }

    /** The scheme that unlocks RecipientInfos with this credential's key; a token key is known by its certificate. */
    public Optional<RecipientScheme> forRecipient(Credential recipient) {
        return recipient.keyProvider().isPresent() ? forCertificate(recipient.certificate())
                : forPrivateKey(recipient.privateKey());
    }

    /** The scheme that unlocks RecipientInfos with this private key. */
    public Optional<RecipientScheme> forPrivateKey(PrivateKey key) {
        return schemes.stream().filter(scheme -> scheme.decryptsWith(key)).findFirst();
    }
}
