package org.blohub.crypto.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signs certificates and CRLs under one issuer name with one CA key. */
final class CertificateSigner {

    /** What goes into a certificate apart from issuer, serial number and key identifiers. */
    record CertificateContent(
            X500Name subject,
            SubjectPublicKeyInfo subjectKey,
            CertificatePurpose purpose,
            Instant notBefore,
            Instant notAfter,
            List<String> subjectAlternativeNames) {
    }

    private final X500Name issuer;
    private final KeyPair issuerKeys;
    private final String signatureAlgorithm;
    private final SecureRandom random = new SecureRandom();

    CertificateSigner(X500Name issuer, KeyPair issuerKeys, String signatureAlgorithm) {
        this.issuer = issuer;
        this.issuerKeys = issuerKeys;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    X500Name issuerName() {
        return issuer;
    }

    X509Certificate sign(CertificateContent content) {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, serialNumber(),
                Date.from(content.notBefore()), Date.from(content.notAfter()), content.subject(), content.subjectKey());
        try {
            for (CertificateProfile.ProfileExtension extension : CertificateProfile.extensionsFor(
                    content.purpose(), content.subjectKey(), content.subjectAlternativeNames())) {
                builder.addExtension(extension.oid(), extension.critical(), extension.value());
            }
            JcaX509ExtensionUtils keyIdentifiers = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    keyIdentifiers.createSubjectKeyIdentifier(content.subjectKey()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    keyIdentifiers.createAuthorityKeyIdentifier(subjectPublicKeyInfo(issuerKeys.getPublic())));
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle())
                    .getCertificate(builder.build(contentSigner()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot issue " + content.purpose() + " certificate for " + content.subject(), e);
        }
    }

    /** A CRL listing each serial number with its revocation time and the reason keyCompromise. */
    X509CRL signCrl(Instant thisUpdate, Instant nextUpdate, BigInteger crlNumber, Map<BigInteger, Instant> revocations) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revocations.forEach((serial, time) -> builder.addCRLEntry(serial, Date.from(time), CRLReason.keyCompromise));
        try {
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(subjectPublicKeyInfo(issuerKeys.getPublic())));
            return new JcaX509CRLConverter().setProvider(CryptoProvider.bouncyCastle())
                    .getCRL(builder.build(contentSigner()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot sign CRL of " + issuer, e);
        }
    }

    boolean hasSigned(X509Certificate certificate) {
        try {
            certificate.verify(issuerKeys.getPublic(), CryptoProvider.bouncyCastle());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** True if this signer's private key makes signatures that its public key verifies. */
    boolean keysMatch() {
        byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        try {
            Signature signing = Signature.getInstance(signatureAlgorithm, CryptoProvider.bouncyCastle());
            signing.initSign(issuerKeys.getPrivate());
            signing.update(challenge);
            byte[] signature = signing.sign();
            Signature verifying = Signature.getInstance(signatureAlgorithm, CryptoProvider.bouncyCastle());
            verifying.initVerify(issuerKeys.getPublic());
            verifying.update(challenge);
            return verifying.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey publicKey) {
        try {
            return SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        } catch (IllegalArgumentException e) {
            throw new PkiException("cannot encode " + publicKey.getAlgorithm() + " public key as SubjectPublicKeyInfo", e);
        }
    }

    /** Random and positive, at most 127 bits so its DER encoding stays within the 20 octets RFC 5280 allows. */
    private BigInteger serialNumber() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private ContentSigner contentSigner() throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(CryptoProvider.bouncyCastle()).build(issuerKeys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("no " + signatureAlgorithm + " signer for the CA key", e);
        }
    }
}
