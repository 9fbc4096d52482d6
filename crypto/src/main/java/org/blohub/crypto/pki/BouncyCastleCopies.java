package org.blohub.crypto.pki;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.blohub.crypto.CryptoProvider;

/**
 * Re-parses certificates and CRLs with the Bouncy Castle provider, so that keys the JDK does not
 * know (e.g. post-quantum and composite keys) and signatures by them can be processed the same way
 * whoever parsed the input.
 */
final class BouncyCastleCopies {

    /** A CertificateFactory is not thread-safe, and looking one up for every certificate is wasted work. */
    private static final ThreadLocal<CertificateFactory> FACTORIES = new ThreadLocal<>();

    private BouncyCastleCopies() {
    }

    static List<X509Certificate> ofCertificates(Collection<X509Certificate> certificates) {
        return certificates.stream().map(BouncyCastleCopies::of).toList();
    }

    static List<X509CRL> ofCrls(Collection<X509CRL> crls) {
        return crls.stream().map(BouncyCastleCopies::of).toList();
    }

    private static X509Certificate of(X509Certificate certificate) {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
        } catch (CertificateException e) {
            throw new PkiException("cannot re-parse " + CertificateNames.describe(certificate), e);
        }
    }

    private static X509CRL of(X509CRL crl) {
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(crl.getEncoded()));
        } catch (CRLException | CertificateException e) {
            throw new PkiException("cannot re-parse CRL of " + crl.getIssuerX500Principal().getName(), e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        CertificateFactory factory = FACTORIES.get();
        if (factory == null) {
            factory = CertificateFactory.getInstance("X.509", CryptoProvider.bouncyCastle());
            FACTORIES.set(factory);
        }
        return factory;
    }
}
