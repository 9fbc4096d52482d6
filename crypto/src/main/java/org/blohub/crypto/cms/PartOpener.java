package org.blohub.crypto.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Objects;

import org.blohub.crypto.pki.Credential;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.crypto.io.InvalidCipherTextIOException;

/**
 * Decrypts a part sealed by {@link PartSealer} while it streams, with Bouncy Castle's lightweight
 * AES-GCM ({@link StreamingGcmContent}; the JDK's buffers the whole ciphertext before it releases any
 * plaintext, and the JCA cipher stream allocates an array per chunk).
 *
 * <p>Streaming means plaintext is written <em>before</em> the GCM tag at the end has been checked.
 * What {@link #open} wrote is therefore unverified until it returns normally: on a refusal the
 * caller must discard it. Write to a temporary file or a digesting sink, never straight to a reader.
 */
public final class PartOpener {

    private final EnvelopeDecryption decryption;

    public PartOpener() {
        this(RecipientSchemes.standard());
    }

    public PartOpener(RecipientSchemes recipientSchemes) {
        this.decryption = new EnvelopeDecryption(Objects.requireNonNull(recipientSchemes, "recipientSchemes"),
                new CertificateConversions(CertificateConversions.DEFAULT_CAPACITY));
    }

    /**
     * @param sealed    the sealed part, read to its end; not closed
     * @param plaintext receives the plaintext, unverified until this method returns; not closed
     * @param recipient the decryption key and encryption certificate of an office the part was sealed to
     * @param label     a short, non-secret name for refusal messages, e.g. {@code <message id>/<index>}
     * @return size and SHA-256 of the authenticated plaintext, for comparison with the signed descriptor
     * @throws OpenRefusedException the part is malformed, not for this recipient, outside the profile or altered
     * @throws IOException          writing to {@code plaintext} failed
     */
    public PartDigest open(InputStream sealed, OutputStream plaintext, Credential recipient, String label)
            throws OpenRefusedException, IOException {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(recipient, "recipient");
        Refusals refuse = new Refusals(label);
        InputStream content = decryptingStream(sealed, recipient, refuse);
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[PartSealer.BUFFER_SIZE];
        long size = 0;
        int read;
        while ((read = readAuthenticated(content, buffer, size, refuse)) != -1) {
            digest.update(buffer, 0, read);
            plaintext.write(buffer, 0, read);
            size += read;
        }
        return PartDigest.of(size, digest.digest());
    }

    private InputStream decryptingStream(InputStream sealed, Credential recipient, Refusals refuse)
            throws OpenRefusedException {
        try {
            CMSAuthEnvelopedDataParser parser = new CMSAuthEnvelopedDataParser(sealed);
            if (parser.getOriginatorInfo() != null) {
                throw refuse.because(RefusalCode.MALFORMED, "a part carries originator info, outside the profile");
            }
            if (!parser.getEncryptionAlgOID().getAlgorithm().equals(CMSAlgorithm.AES256_GCM)) {
                throw refuse.because(RefusalCode.UNSUPPORTED_ALGORITHM, "content encryption "
                        + parser.getEncryptionAlgOID().getAlgorithm().getId() + " is not AES-256-GCM");
            }
            RecipientInformation ours = decryption.ourRecipientInfo(parser.getRecipientInfos(), recipient, refuse);
            RecipientScheme scheme = decryption.schemeAccepting(ours, recipient, refuse);
            CMSTypedStream stream = contentStream(ours, scheme, recipient, refuse);
            if (!CMSObjectIdentifiers.data.equals(stream.getContentType())) {
                throw refuse.because(RefusalCode.MALFORMED, "encrypted content type is not id-data");
            }
            return stream.getContentStream();
        } catch (CMSException | IOException | RuntimeException e) {
            throw refuse.because(RefusalCode.MALFORMED, "not an AuthEnvelopedData part (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static CMSTypedStream contentStream(RecipientInformation ours, RecipientScheme scheme,
            Credential recipient, Refusals refuse) throws OpenRefusedException {
        try {
            return ours.getContentStream(recipient.keyProvider().isPresent()
                    ? EnvelopeDecryption.tokenRecipient(scheme, recipient, refuse)
                    : scheme.streamingRecipient(recipient.privateKey()));
        } catch (OpenRefusedException e) {
            throw e;
        } catch (CMSException | IOException | RuntimeException e) {
            throw refuse.because(RefusalCode.TAMPERED, "key unwrap failed", e);
        }
    }

    private static int readAuthenticated(InputStream content, byte[] buffer, long position, Refusals refuse)
            throws OpenRefusedException {
        try {
            return content.read(buffer);
        } catch (InvalidCipherTextIOException e) {
            throw refuse.because(RefusalCode.TAMPERED, "authentication tag check failed after " + position + " bytes", e);
        } catch (IOException | RuntimeException e) {
            throw refuse.because(RefusalCode.MALFORMED, "part unreadable after " + position + " bytes ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
