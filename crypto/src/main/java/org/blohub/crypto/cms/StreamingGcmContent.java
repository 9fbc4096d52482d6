package org.blohub.crypto.cms;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.Key;

import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.operator.InputAEADDecryptor;

/**
 * Decrypts AES-256-GCM content with Bouncy Castle's lightweight GCM, which releases plaintext as it
 * goes (holding back only the tag) into reused buffers. The JCA path allocates a fresh array for
 * every chunk, so a 20 MB part would churn through 20 MB of heap; the JDK's own GCM even buffers the
 * whole ciphertext. The tag is checked when the stream ends; a mismatch surfaces as
 * {@link org.bouncycastle.crypto.io.InvalidCipherTextIOException}. For recipient implementations.
 */
public final class StreamingGcmContent {

    private StreamingGcmContent() {
    }

    /** The operator a Bouncy Castle recipient returns once it has unwrapped the content-encryption key. */
    public static RecipientOperator decryptingOperator(AlgorithmIdentifier contentEncryption, Key contentKey)
            throws CMSException {
        if (!CMSAlgorithm.AES256_GCM.equals(contentEncryption.getAlgorithm())) {
            throw new CMSException("content encryption " + contentEncryption.getAlgorithm().getId()
                    + " is not AES-256-GCM");
        }
        GCMParameters parameters;
        try {
            parameters = GCMParameters.getInstance(contentEncryption.getParameters());
        } catch (IllegalArgumentException e) {
            throw new CMSException("GCM parameters cannot be read", e);
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        try {
            gcm.init(false, new AEADParameters(new KeyParameter(contentKey.getEncoded()), parameters.getIcvLen() * 8,
                    parameters.getNonce()));
        } catch (IllegalArgumentException e) {
            throw new CMSException("GCM parameters outside what AES-GCM accepts", e);
        }
        return new RecipientOperator(new GcmDecryptor(contentEncryption, gcm));
    }

    private record GcmDecryptor(AlgorithmIdentifier algorithm, GCMModeCipher gcm) implements InputAEADDecryptor {

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public InputStream getInputStream(InputStream encrypted) {
            return new CipherInputStream(encrypted, gcm);
        }

        @Override
        public OutputStream getAADStream() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    gcm.processAADByte((byte) b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    gcm.processAADBytes(bytes, offset, length);
                }
            };
        }

        @Override
        public byte[] getMAC() {
            return gcm.getMac();
        }
    }
}
