package org.blohub.crypto.cms;

import org.blohub.crypto.pki.Credential;

/**
 * Opens a sealed envelope addressed to one of our offices: decrypts it, verifies the signature and
 * checks the signer's certificate path at the signing time.
 */
public interface Opener {

    /**
     * @param envelope  the sealed envelope as received, any bytes at all
     * @param recipient the decryption key and encryption certificate of the office it is addressed to
     * @param label     a short, non-secret name for the envelope used in refusal messages,
     *                  such as the message id or a hash of the envelope
     * @return the verified content and who signed it
     * @throws OpenRefusedException for every reason the envelope cannot be accepted; no other
     *                              exception escapes, whatever the bytes
     */
    OpenedEnvelope open(byte[] envelope, Credential recipient, String label) throws OpenRefusedException;
}
