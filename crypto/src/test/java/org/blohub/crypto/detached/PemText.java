package org.blohub.crypto.detached;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** PEM text for handing test certificates and keys to the openssl command line. */
final class PemText {

    private PemText() {
    }

    static String certificate(X509Certificate certificate) throws CertificateEncodingException {
        return armour("CERTIFICATE", certificate.getEncoded());
    }

    static String privateKey(PrivateKey key) {
        return armour("PRIVATE KEY", key.getEncoded());
    }

    private static String armour(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
