package org.blohub.crypto.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A minimal self-signed certificate from outside the development PKI, e.g. a national PKI's root. */
final class SelfSignedCertificate {

    private SelfSignedCertificate() {
    }

    static X509Certificate create(String distinguishedName, Instant notBefore) {
        try {
            KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
            X500Name name = new X500Name(distinguishedName);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                    Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(365))), name, keys.getPublic());
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle()).getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                            .setProvider(CryptoProvider.bouncyCastle()).build(keys.getPrivate())));
        } catch (Exception e) {
            throw new AssertionError("test fixture could not create a self-signed certificate", e);
        }
    }
}
