package org.blohub.crypto.cms;

import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/**
 * Converts certificates between the JCA's {@link X509Certificate} and Bouncy Castle's
 * {@link X509CertificateHolder}, remembering the most recent conversions: a sealer signs with the same
 * certificate chain every time and an opener sees the same signer chains again and again, and each
 * conversion otherwise encodes and parses the certificate anew. Both forms are immutable, so a
 * conversion can be handed to any thread. Safe for concurrent use.
 */
final class CertificateConversions {

    static final int DEFAULT_CAPACITY = 256;

    private final Map<X509Certificate, X509CertificateHolder> holders;
    private final Map<X509CertificateHolder, X509Certificate> certificates;

    CertificateConversions(int capacity) {
        this.holders = MostRecentlyUsed.map(capacity);
        this.certificates = MostRecentlyUsed.map(capacity);
    }

    X509CertificateHolder holderOf(X509Certificate certificate) throws CertificateEncodingException {
        X509CertificateHolder known = holders.get(certificate);
        if (known != null) {
            return known;
        }
        X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
        holders.put(certificate, holder);
        return holder;
    }

    /** The certificate parsed by the Bouncy Castle provider, which reads every key type the schemes use. */
    X509Certificate certificateOf(X509CertificateHolder holder) throws CertificateException {
        X509Certificate known = certificates.get(holder);
        if (known != null) {
            return known;
        }
        X509Certificate certificate = new JcaX509CertificateConverter()
                .setProvider(CryptoProvider.bouncyCastle()).getCertificate(holder);
        certificates.put(holder, certificate);
        return certificate;
    }
}
