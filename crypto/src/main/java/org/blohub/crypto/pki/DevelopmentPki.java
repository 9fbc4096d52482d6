package org.blohub.crypto.pki;

import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A complete demo PKI for one region: a root CA, one national CA per country (created on first
 * use) and the office and node certificates they issue. Everything it makes is marked
 * {@code O=BLO Hub DEMO} and the CA names end in "(DEMO)".
 *
 * <p>Office ids and node names start with their country code: {@code TH-MAESAI} belongs to
 * Thailand's national CA. Leaf certificates are valid from an hour before the clock's now for
 * two years; CA certificates for ten years.
 */
public final class DevelopmentPki {

    private static final int LEAF_VALIDITY_YEARS = 2;

    private final CertificateAuthority root;
    private final Clock clock;
    private final Map<String, CertificateAuthority> nationalCas = new ConcurrentHashMap<>();

    private DevelopmentPki(CertificateAuthority root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public static DevelopmentPki create(String regionName, Clock clock) {
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(clock, "clock");
        return new DevelopmentPki(CertificateAuthority.createRoot("BLO Hub " + regionName + " Root CA (DEMO)", clock), clock);
    }

    /**
     * True if the certificate was made by a development PKI (its subject or issuer carries
     * {@code O=BLO Hub DEMO}), so that a production node can refuse demo trust anchors and keys.
     */
    public static boolean isDemoMaterial(X509Certificate certificate) {
        return DemoSubjectName.isDemo(certificate.getSubjectX500Principal())
                || DemoSubjectName.isDemo(certificate.getIssuerX500Principal());
    }

    public CertificateAuthority root() {
        return root;
    }

    /** The national CA of a country (e.g. {@code TH}), created and issued by the root on first use. */
    public CertificateAuthority nationalCa(String countryCode) {
        String country = normalizedCountry(countryCode);
        return nationalCas.computeIfAbsent(country,
                code -> root.createNationalCa("BLO Hub " + code + " National CA (DEMO)", code));
    }

    public Credential issueOfficeSigning(String officeId, KeyAlgorithm algorithm) {
        return issueOfficeSigning(officeId, algorithm.generateKeyPair());
    }

    public Credential issueOfficeEncryption(String officeId, KeyAlgorithm algorithm) {
        return issueOfficeEncryption(officeId, algorithm.generateKeyPair());
    }

    /** Certifies a signing key generated elsewhere, e.g. a post-quantum composite key. */
    public Credential issueOfficeSigning(String officeId, KeyPair keyPair) {
        return issueLeaf(officeId, keyPair, CertificatePurpose.OFFICE_SIGNING, List.of());
    }

    /** Certifies an encryption key generated elsewhere, e.g. an ML-KEM or composite KEM key. */
    public Credential issueOfficeEncryption(String officeId, KeyPair keyPair) {
        return issueLeaf(officeId, keyPair, CertificatePurpose.OFFICE_ENCRYPTION, List.of());
    }

    /** An EC P-256 TLS certificate for a node's broker, for both server and client authentication. */
    public Credential issueNodeTls(String nodeName, List<String> subjectAlternativeNames) {
        return issueLeaf(nodeName, KeyAlgorithm.EC_P256.generateKeyPair(), CertificatePurpose.NODE_TLS,
                subjectAlternativeNames);
    }

    /** An Ed25519 certificate for the key that signs a node's audit checkpoints. */
    public Credential issueAuditSigning(String nodeName) {
        return issueLeaf(nodeName, KeyAlgorithm.ED25519.generateKeyPair(), CertificatePurpose.AUDIT_SIGNING, List.of());
    }

    /** The current CRL of the root and of every national CA created so far. */
    public List<X509CRL> crls() {
        List<X509CRL> crls = new ArrayList<>();
        crls.add(root.currentCrl());
        nationalCas.values().forEach(ca -> crls.add(ca.currentCrl()));
        return List.copyOf(crls);
    }

    private Credential issueLeaf(String name, KeyPair keyPair, CertificatePurpose purpose,
            List<String> subjectAlternativeNames) {
        String country = countryOf(name);
        Instant now = clock.instant();
        CertificateRequest request = new CertificateRequest(name, country, keyPair.getPublic(), purpose,
                CertificateAuthority.notBefore(now), CertificateAuthority.yearsAfter(now, LEAF_VALIDITY_YEARS),
                subjectAlternativeNames);
        return nationalCa(country).issue(request, keyPair.getPrivate());
    }

    private static String countryOf(String name) {
        int dash = name.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException(
                    "name must start with a country code and a dash, like TH-MAESAI: " + name);
        }
        return normalizedCountry(name.substring(0, dash));
    }

    private static String normalizedCountry(String countryCode) {
        String country = countryCode.toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two letters: " + countryCode);
        }
        return country;
    }
}
