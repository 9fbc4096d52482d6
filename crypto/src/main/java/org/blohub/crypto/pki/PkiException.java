package org.blohub.crypto.pki;

/**
 * A PKI operation failed: key generation, certificate or CRL issuance, or reading and writing
 * key and certificate files. Provider exceptions are wrapped as the cause; the message names
 * the operation and, where there is one, the certificate subject or file, never key material.
 */
public final class PkiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PkiException(String message) {
        super(message);
    }

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
