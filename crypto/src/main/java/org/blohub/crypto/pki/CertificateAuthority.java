package org.blohub.crypto.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * A certificate authority: issues certificates, records revocations and signs CRLs. The development
 * PKI's come from {@link DevelopmentPki}; an operator's are created with {@link #createRegionalRoot} and
 * {@link #createNationalCa}, or restored from their key, certificate chain and revocations with {@link #restore}.
 * What a CA issues carries the CA's organization in its subject name.
 */
public final class CertificateAuthority {

    static final Duration CRL_VALIDITY = Duration.ofDays(7);
    private static final int CA_VALIDITY_YEARS = 10;
    private static final Duration BACKDATING = Duration.ofHours(1);

    private final CertificateSigner signer;
    private final Credential credential;
    private final Clock clock;
    private final Map<BigInteger, Instant> revocations = new TreeMap<>();
    private BigInteger crlNumber = BigInteger.ZERO;

    private CertificateAuthority(CertificateSigner signer, Credential credential, Clock clock) {
        this.signer = signer;
        this.credential = credential;
        this.clock = clock;
    }

    /**
     * A CA from existing material: its key, its certificate and chain, the revocations it recorded so far and the
     * number of its last CRL (zero if it never signed one). It signs with SHA-384 for EC P-384 keys, SHA-256
     * otherwise (ECDSA or RSA PKCS#1).
     */
    public static CertificateAuthority restore(Credential credential, Clock clock,
            Map<BigInteger, Instant> revocations, BigInteger lastCrlNumber) {
        X509Certificate certificate = credential.certificate();
        if (certificate.getBasicConstraints() < 0) {
            throw new PkiException(CertificateNames.describe(certificate) + " is not a CA certificate"
                    + " (no basicConstraints CA=true)");
        }
        CertificateSigner signer = new CertificateSigner(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), credential.keyPair(),
                SignatureAlgorithms.forCaKey(certificate.getPublicKey()));
        if (!signer.keysMatch()) {
            throw new PkiException("the private key given does not belong to " + CertificateNames.describe(certificate));
        }
        CertificateAuthority authority = new CertificateAuthority(signer, credential, clock);
        revocations.forEach((serial, time) -> authority.revocations.put(serial, time.truncatedTo(ChronoUnit.SECONDS)));
        authority.crlNumber = lastCrlNumber;
        return authority;
    }

    /**
     * A regional root CA, self-signed, with an EC P-384 key, valid for ten years from the clock's now; its subject is
     * {@code O=organization, CN=commonName}.
     */
    public static CertificateAuthority createRegionalRoot(String organization, String commonName, Clock clock) {
        return createRoot(IssuedSubjectName.root(organization, commonName), clock);
    }

    /** A self-signed root CA with an EC P-384 key, valid for ten years from the clock's now. */
    static CertificateAuthority createRoot(String commonName, Clock clock) {
        return createRoot(DemoSubjectName.of(Optional.empty(), commonName), clock);
    }

    private static CertificateAuthority createRoot(X500Name name, Clock clock) {
        KeyPair keys = KeyAlgorithm.EC_P384.generateKeyPair();
        CertificateSigner signer = new CertificateSigner(name, keys, "SHA384withECDSA");
        Instant now = clock.instant();
        X509Certificate certificate = signer.sign(new CertificateSigner.CertificateContent(
                name, CertificateSigner.subjectPublicKeyInfo(keys.getPublic()), CertificatePurpose.ROOT_CA,
                notBefore(now), yearsAfter(now, CA_VALIDITY_YEARS), List.of()));
        return new CertificateAuthority(signer, new Credential(keys.getPrivate(), certificate, List.of(certificate)), clock);
    }

    /** A national CA with an EC P-256 key, issued by this CA, valid for ten years from the clock's now. */
    public CertificateAuthority createNationalCa(String commonName, String countryCode) {
        KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();
        Instant now = clock.instant();
        Credential national = issue(new CertificateRequest(commonName, countryCode, keys.getPublic(),
                CertificatePurpose.NATIONAL_CA, notBefore(now), yearsAfter(now, CA_VALIDITY_YEARS), List.of()),
                keys.getPrivate());
        CertificateSigner nationalSigner = new CertificateSigner(
                X500Name.getInstance(national.certificate().getSubjectX500Principal().getEncoded()),
                keys, "SHA256withECDSA");
        return new CertificateAuthority(nationalSigner, national, clock);
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
        X509Certificate issued = signer.sign(new CertificateSigner.CertificateContent(
                IssuedSubjectName.of(signer.issuerName(), request.countryCode(), request.commonName()),
                CertificateSigner.subjectPublicKeyInfo(request.subjectKey()), request.purpose(),
                request.notBefore(), request.notAfter(), request.subjectAlternativeNames()));
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
        if (!certificate.getIssuerX500Principal().equals(certificate().getSubjectX500Principal())
                || !signer.hasSigned(certificate)) {
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
        synchronized (revocations) {
            crlNumber = crlNumber.add(BigInteger.ONE);
            return signer.signCrl(now, now.plus(CRL_VALIDITY), crlNumber, revocations);
        }
    }

    /** The revocations recorded so far: serial number and time, rounded down to the second. */
    public Map<BigInteger, Instant> revocations() {
        synchronized (revocations) {
            return Map.copyOf(revocations);
        }
    }

    /** The number of the last CRL this CA signed; zero before the first. */
    public BigInteger lastCrlNumber() {
        synchronized (revocations) {
            return crlNumber;
        }
    }

    /** The start of validity this CA gives a certificate issued now: an hour earlier, to the second. */
    public static Instant notBefore(Instant now) {
        return now.minus(BACKDATING).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The end of validity of a certificate issued now for the given number of years, to the second. */
    public static Instant yearsAfter(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
