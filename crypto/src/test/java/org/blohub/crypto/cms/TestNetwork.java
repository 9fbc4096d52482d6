package org.blohub.crypto.cms;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.CertificateRequest;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;

/**
 * A development PKI with three border offices, generated in memory when the tests start. Credentials
 * are made on first use and shared, since RSA key generation is slow; tests that revoke or need odd
 * validity periods issue their own with {@link #issue}.
 */
final class TestNetwork {

    static final String MAE_SAI = "TH-MAESAI";
    static final String HOUAYXAY = "LA-HOUAYXAY";
    static final String TACHILEIK = "MM-TACHILEIK";
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final TestNetwork SHARED = new TestNetwork("Mekong", CLOCK);

    private final DevelopmentPki pki;
    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();

    TestNetwork(String region, Clock clock) {
        this.pki = DevelopmentPki.create(region, clock);
    }

    static TestNetwork shared() {
        return SHARED;
    }

    DevelopmentPki pki() {
        return pki;
    }

    Credential signing(String office, KeyAlgorithm algorithm) {
        return credentials.computeIfAbsent("signing " + office + " " + algorithm,
                key -> pki.issueOfficeSigning(office, algorithm));
    }

    Credential encryption(String office, KeyAlgorithm algorithm) {
        return credentials.computeIfAbsent("encryption " + office + " " + algorithm,
                key -> pki.issueOfficeEncryption(office, algorithm));
    }

    /** A fresh credential with its own validity, issued by the office's national CA. */
    Credential issue(String office, KeyAlgorithm algorithm, CertificatePurpose purpose, Instant notBefore,
            Instant notAfter) {
        KeyPair keyPair = algorithm.generateKeyPair();
        CertificateRequest request = new CertificateRequest(office, office.substring(0, 2), keyPair.getPublic(),
                purpose, notBefore, notAfter, List.of());
        return pki.nationalCa(office.substring(0, 2)).issue(request, keyPair.getPrivate());
    }

    /** Trusts this network's root, with the CRLs as they are now. */
    CertificatePathValidator trust() {
        return new CertificatePathValidator(List.of(pki.root().certificate()), List.<X509Certificate>of(), pki.crls());
    }

    CmsOpener opener() {
        return new CmsOpener(trust());
    }

    static CmsSealer sealer() {
        return new CmsSealer(CLOCK);
    }

    static CmsSealer sealerAt(Instant signingTime) {
        return new CmsSealer(Clock.fixed(signingTime, ZoneOffset.UTC));
    }
}
