package org.blohub.crypto.cms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;

/**
 * Writes one AuthEnvelopedData (RFC 5083, AES-256-GCM) in two steps, so that the content can depend
 * on the RecipientInfos: creating the writer draws a fresh content-encryption key and nonce and
 * writes every RecipientInfo; {@link #write} then encrypts the content. Bouncy Castle's
 * CMSAuthEnvelopedDataGenerator does both in one call and cannot be used for this.
 */
final class AuthEnvelopedDataWriter {

    private final OutputAEADEncryptor encryptor;
    private final ASN1Set recipientInfos;
    private final int recipientCount;
    private boolean written;

    private AuthEnvelopedDataWriter(OutputAEADEncryptor encryptor, ASN1Set recipientInfos, int recipientCount) {
        this.encryptor = encryptor;
        this.recipientInfos = recipientInfos;
        this.recipientCount = recipientCount;
    }

    static AuthEnvelopedDataWriter forRecipients(List<RecipientInfoGenerator> recipients) throws SealingException {
        try {
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_GCM).setProvider(CryptoProvider.bouncyCastle()).build();
            ASN1EncodableVector infos = new ASN1EncodableVector();
            for (RecipientInfoGenerator recipient : recipients) {
                infos.add(recipient.generate(encryptor.getKey()));
            }
            return new AuthEnvelopedDataWriter(encryptor, new DERSet(infos), recipients.size());
        } catch (CMSException e) {
            throw new SealingException("cannot write the RecipientInfos for " + recipients.size() + " recipients", e);
        }
    }

    /** The RecipientInfos SET exactly as it will appear in the envelope. */
    ASN1Set recipientInfos() {
        return recipientInfos;
    }

    /** The DER ContentInfo of the AuthEnvelopedData with this id-data content. */
    byte[] write(byte[] content) throws SealingException {
        if (written) {
            throw new SealingException("a GCM key and nonce encrypt one content only");
        }
        written = true;
        try {
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            try (OutputStream encrypting = encryptor.getOutputStream(encrypted)) {
                encrypting.write(content);
            }
            EncryptedContentInfo encryptedContentInfo = new EncryptedContentInfo(CMSObjectIdentifiers.data,
                    encryptor.getAlgorithmIdentifier(), new DEROctetString(encrypted.toByteArray()));
            // No authAttrs: OpenSSL 3.0 cannot parse an AuthEnvelopedData that has them (see docs/crypto.md).
            AuthEnvelopedData envelope = new AuthEnvelopedData(null, recipientInfos, encryptedContentInfo,
                    null, new DEROctetString(encryptor.getMAC()), null);
            return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, envelope).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new SealingException("cannot encrypt the content for " + recipientCount + " recipients", e);
        }
    }
}
