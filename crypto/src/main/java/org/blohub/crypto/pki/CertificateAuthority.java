package org.blohub.crypto.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

/**
 * A certificate authority of the development PKI: issues certificates, records revocations and
 * signs CRLs. Instances come from {@link DevelopmentPki}.
 */
public final class CertificateAuthority {

    static final Duration CRL_VALIDITY = Duration.ofDays(7);
    private static final int CA_VALIDITY_YEARS = 10;
    private static final Duration BACKDATING = Duration.ofHours(1);

    private final KeyPair keyPair;
    private final String signatureAlgorithm;
    private final Credential credential;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<BigInteger, Instant> revocations = new TreeMap<>();
    private BigInteger crlNumber = BigInteger.ZERO;

    private CertificateAuthority(
            KeyPair keyPair, String signatureAlgorithm, Credential credential, Clock clock, SecureRandom random) {
        this.keyPair = keyPair;
        this.signatureAlgorithm = signatureAlgorithm;
        this.credential = credential;
        this.clock = clock;
        this.random = random;
    }

    /** A self-signed root CA with an EC P-384 key, valid for ten years from the clock's now. */
    static CertificateAuthority createRoot(String commonName, Clock clock) {
        SecureRandom random = new SecureRandom();
        KeyPair keyPair = KeyAlgorithm.EC_P384.generateKeyPair();
        String signatureAlgorithm = "SHA384withECDSA";
        X500Name subject = DemoSubjectName.of(Optional.empty(), commonName);
        Instant now = clock.instant();
        SubjectPublicKeyInfo subjectKey = subjectPublicKeyInfo(keyPair.getPublic());
        X509Certificate certificate = sign(
                new X509v3CertificateBuilder(subject, serialNumber(random),
                        Date.from(notBefore(now)), Date.from(yearsAfter(now, CA_VALIDITY_YEARS)), subject, subjectKey),
                CertificatePurpose.ROOT_CA, subjectKey, subjectKey, List.of(),
                signatureAlgorithm, keyPair.getPrivate(), commonName);
        Credential credential = new Credential(keyPair.getPrivate(), certificate, List.of(certificate));
        return new CertificateAuthority(keyPair, signatureAlgorithm, credential, clock, random);
    }

    /** A national CA with an EC P-256 key, issued by this CA, valid for ten years from the clock's now. */
    CertificateAuthority createNationalCa(String commonName, String countryCode) {
        KeyPair subordinateKeys = KeyAlgorithm.EC_P256.generateKeyPair();
        Instant now = clock.instant();
        Credential subordinate = issue(new CertificateRequest(commonName, countryCode, subordinateKeys.getPublic(),
                CertificatePurpose.NATIONAL_CA, notBefore(now), yearsAfter(now, CA_VALIDITY_YEARS), List.of()),
                subordinateKeys.getPrivate());
        return new CertificateAuthority(subordinateKeys, "SHA256withECDSA", subordinate, clock, random);
    }

    public X509Certificate certificate() {
        return credential.certificate();
    }

    /** This CA's own key, certificate and chain up to the root. */
    public Credential credential() {
        return credential;
    }

    /**
     * Issues a certificate for the request's subject key and returns it with the subject's
     * private key and the chain up to the root. Root CAs are not issued this way.
     */
    public Credential issue(CertificateRequest request, PrivateKey subjectPrivateKey) {
        if (request.purpose() == CertificatePurpose.ROOT_CA) {
            throw new IllegalArgumentException("a root CA is self-signed, not issued by another CA");
        }
        X500Name subject = DemoSubjectName.of(Optional.of(request.countryCode()), request.commonName());
        SubjectPublicKeyInfo subjectKey = subjectPublicKeyInfo(request.subjectKey());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded()),
                nextSerialNumber(),
                Date.from(request.notBefore()), Date.from(request.notAfter()), subject, subjectKey);
        X509Certificate issued = sign(builder, request.purpose(), subjectKey,
                subjectPublicKeyInfo(keyPair.getPublic()), request.subjectAlternativeNames(),
                signatureAlgorithm, keyPair.getPrivate(), request.commonName());
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(issued);
        chain.addAll(credential.chain());
        return new Credential(subjectPrivateKey, issued, chain);
    }

    /**
     * Records that a certificate this CA issued is revoked for key compromise from the given time
     * on. CRLs carry times to the second, so the time is rounded down: a revocation never
     * appears later than it was declared.
     */
    public void revoke(X509Certificate certificate, Instant revocationTime) {
        if (!issuedByThisCa(certificate)) {
            throw new PkiException("cannot revoke " + CertificateNames.describe(certificate)
                    + ": it was not issued by " + CertificateNames.describe(certificate()));
        }
        synchronized (revocations) {
            revocations.put(certificate.getSerialNumber(), revocationTime.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * A freshly signed CRL: thisUpdate is the clock's now, nextUpdate seven days later, and every
     * revocation so far is listed with its time and the reason keyCompromise.
     */
    public X509CRL currentCrl() {
        Instant now = clock.instant();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
        try {
            synchronized (revocations) {
                revocations.forEach((serial, time) ->
                        builder.addCRLEntry(serial, Date.from(time), CRLReason.keyCompromise));
                crlNumber = crlNumber.add(BigInteger.ONE);
                builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(subjectPublicKeyInfo(keyPair.getPublic())));
            return new JcaX509CRLConverter().setProvider(CryptoProvider.bouncyCastle())
                    .getCRL(builder.build(contentSigner(signatureAlgorithm, keyPair.getPrivate())));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot sign CRL of " + CertificateNames.describe(certificate()), e);
        }
    }

    private boolean issuedByThisCa(X509Certificate candidate) {
        if (!candidate.getIssuerX500Principal().equals(certificate().getSubjectX500Principal())) {
            return false;
        }
        try {
            candidate.verify(keyPair.getPublic(), CryptoProvider.bouncyCastle());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private BigInteger nextSerialNumber() {
        return serialNumber(random);
    }

    /** Positive, at most 127 bits so its DER encoding stays within the 20 octets RFC 5280 allows. */
    private static BigInteger serialNumber(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    static Instant notBefore(Instant now) {
        return now.minus(BACKDATING).truncatedTo(ChronoUnit.SECONDS);
    }

    static Instant yearsAfter(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static X509Certificate sign(
            X509v3CertificateBuilder builder, CertificatePurpose purpose, SubjectPublicKeyInfo subjectKey,
            SubjectPublicKeyInfo issuerKey, List<String> subjectAlternativeNames,
            String signatureAlgorithm, PrivateKey issuerPrivateKey, String commonName) {
        try {
            JcaX509ExtensionUtils extensionUtils = new JcaX509ExtensionUtils();
            for (CertificateProfile.ProfileExtension extension
                    : CertificateProfile.extensionsFor(purpose, subjectKey, subjectAlternativeNames)) {
                builder.addExtension(extension.oid(), extension.critical(), extension.value());
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensionUtils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensionUtils.createAuthorityKeyIdentifier(issuerKey));
            return new JcaX509CertificateConverter().setProvider(CryptoProvider.bouncyCastle())
                    .getCertificate(builder.build(contentSigner(signatureAlgorithm, issuerPrivateKey)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot issue " + purpose + " certificate for CN=" + commonName, e);
        }
    }

    private static ContentSigner contentSigner(String signatureAlgorithm, PrivateKey privateKey)
            throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(CryptoProvider.bouncyCastle()).build(privateKey);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("no " + signatureAlgorithm + " signer for the CA key", e);
        }
    }

    static SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey publicKey) {
        try {
            return SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        } catch (IllegalArgumentException e) {
            throw new PkiException("cannot encode " + publicKey.getAlgorithm() + " public key as SubjectPublicKeyInfo", e);
        }
    }
}
