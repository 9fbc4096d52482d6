package org.blohub.crypto.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.bc.BcCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;

/**
 * Encrypts one attachment as a CMS AuthEnvelopedData (RFC 5083, AES-256-GCM, id-data content) while
 * it streams from an input to an output, so a part of any size needs a few buffers of memory only.
 * There is no signature: a part's integrity is the GCM tag plus the size and SHA-256 of its
 * plaintext, which the signed message carries in the attachment descriptor. The recipients are
 * those of the message: the sender's own encryption certificate and the addressed offices'.
 *
 * <p>The content is encrypted with Bouncy Castle's lightweight AES-GCM, which writes into reused
 * buffers; the JCA cipher stream allocates a new array for every chunk it encrypts.
 */
public final class PartSealer {

    static final int BUFFER_SIZE = 64 * 1024;

    private final RecipientSchemes recipientSchemes;

    public PartSealer() {
        this(RecipientSchemes.standard());
    }

    public PartSealer(RecipientSchemes recipientSchemes) {
        this.recipientSchemes = Objects.requireNonNull(recipientSchemes, "recipientSchemes");
    }

    /**
     * Reads {@code content} to its end and writes the DER/BER ContentInfo of the sealed part to
     * {@code sealed}. Neither stream is closed.
     *
     * @return the size and SHA-256 of the plaintext that was sealed
     */
    public PartDigest seal(InputStream content, OutputStream sealed, X509Certificate senderEncryptionCertificate,
            List<X509Certificate> recipientCertificates) throws SealingException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(senderEncryptionCertificate, "senderEncryptionCertificate");
        Objects.requireNonNull(recipientCertificates, "recipientCertificates");
        List<RecipientInfoGenerator> recipients = EncryptionRecipients.generators(recipientSchemes,
                senderEncryptionCertificate, recipientCertificates);
        CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
        generator.setBufferSize(BUFFER_SIZE);
        recipients.forEach(generator::addRecipientInfoGenerator);
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        try {
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new BcCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_GCM).build();
            try (OutputStream encrypting = generator.open(sealed, encryptor)) {
                byte[] buffer = new byte[BUFFER_SIZE];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    digest.update(buffer, 0, read);
                    encrypting.write(buffer, 0, read);
                    size += read;
                }
            }
        } catch (CMSException | IOException e) {
            throw new SealingException("cannot seal an attachment part for " + recipients.size()
                    + " recipients after " + size + " bytes", e);
        }
        return PartDigest.of(size, digest.digest());
    }
}
