package org.blohub.crypto.cms;

import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.Credential;

/**
 * Seals content for a set of offices: signs it as the sending office, then encrypts the signed
 * result so that only the recipients and the sender itself can read it.
 */
public interface Sealer {

    /**
     * @param content                     the bytes to protect (the canonical JSON of a message)
     * @param signer                      the sending office's signing key and certificate chain
     * @param senderEncryptionCertificate the sending office's own encryption certificate, added as a
     *                                    recipient so that its outbox stays readable
     * @param recipientCertificates       the encryption certificates of the addressed offices
     * @return the DER encoding of the sealed envelope
     */
    byte[] seal(byte[] content, Credential signer, X509Certificate senderEncryptionCertificate,
            List<X509Certificate> recipientCertificates) throws SealingException;
}
