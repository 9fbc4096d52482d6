package org.blohub.crypto.cms;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.pki.Credential;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;

/**
 * How the content-encryption key reaches one type of recipient key: the RecipientInfo a sealer
 * writes for a certificate of that type, and how the holder of the private key unlocks it.
 * Register new ones in {@link RecipientSchemes}.
 */
public interface RecipientScheme {

    /** Whether this scheme encrypts to certificates carrying this public key. */
    boolean encryptsTo(PublicKey key);

    /** A generator writing one RecipientInfo for this certificate, with fresh ephemeral keys where the scheme uses them. */
    RecipientInfoGenerator recipientInfoGenerator(X509Certificate recipient) throws SealingException;

    /**
     * Generators writing the RecipientInfos for several certificates of this scheme in one envelope. By default
     * one RecipientInfo per certificate; a key-agreement scheme writes one KeyAgreeRecipientInfo for all of them,
     * with one fresh ephemeral key and a RecipientEncryptedKey per certificate (RFC 5652, section 6.2.2).
     */
    default List<RecipientInfoGenerator> recipientInfoGenerators(List<X509Certificate> recipients)
            throws SealingException {
        List<RecipientInfoGenerator> generators = new ArrayList<>();
        for (X509Certificate recipient : recipients) {
            generators.add(recipientInfoGenerator(recipient));
        }
        return generators;
    }

    /** Whether this scheme unlocks RecipientInfos with this private key. */
    boolean decryptsWith(PrivateKey key);

    /** Whether a received RecipientInfo uses exactly the algorithms this scheme accepts. */
    boolean accepts(RecipientInformation recipientInfo);

    /** The Bouncy Castle recipient that unwraps the content-encryption key of an AuthEnvelopedData. */
    Recipient recipient(PrivateKey key);

    /**
     * The same recipient, but the content it decrypts streams through Bouncy Castle's lightweight
     * AES-GCM in reused buffers ({@link StreamingGcmContent}); for parts of many megabytes.
     */
    Recipient streamingRecipient(PrivateKey key);

    /**
     * A recipient whose private-key operation runs in the token holding the credential's key, through its
     * {@link Credential#keyProvider()}; it serves both the whole-message and the streaming path. Empty when this
     * scheme cannot use a token key.
     */
    default Optional<Recipient> tokenRecipient(Credential recipient) {
        return Optional.empty();
    }
}
