package org.blohub.crypto.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Forges what an attacker holding an office key could make: a certificate "issued" by a non-CA certificate. */
final class EndEntityIssuedCertificate {

    private EndEntityIssuedCertificate() {
    }

    static X509Certificate issue(Credential endEntity, String victimCommonName, Instant notBefore) {
        try {
            KeyPair victimKeys = KeyAlgorithm.EC_P256.generateKeyPair();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(endEntity.certificate(),
                    BigInteger.valueOf(4242), Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(30))),
                    new X500Name("C=TH,O=BLO Hub DEMO,CN=" + victimCommonName), victimKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle()).getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                            .setProvider(CryptoProvider.bouncyCastle()).build(endEntity.privateKey())));
        } catch (Exception e) {
            throw new AssertionError("test fixture could not forge certificate", e);
        }
    }
}
