package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;

/**
 * A development PKI for a test network: national CAs, node TLS and office certificates, and a
 * registry signer issued directly by the root. Generated per test run; no key is committed.
 */
final class TestNetworkPki {

    final DevelopmentPki pki;
    final Credential registrySigner;
    final Map<String, Credential> officeSigning = new HashMap<>();
    final NetworkCertificates certificates;

    TestNetworkPki(Clock clock, List<String> nodes, List<String> offices) {
        pki = DevelopmentPki.create("Mekong", clock);
        registrySigner = DemoRegistrySigner.issue(pki.root(), clock);
        Map<String, X509Certificate> authorities = new HashMap<>();
        Map<String, X509Certificate> tls = new HashMap<>();
        Map<String, OfficeCertificates> officeCertificates = new HashMap<>();
        for (String node : nodes) {
            authorities.put(node, pki.nationalCa(node).certificate());
            // DevelopmentPki names leaf subjects "<country>-<name>"; the node TLS certificate is CN=TH-NODE.
            tls.put(node, pki.issueNodeTls(node + "-NODE", List.of("localhost", "127.0.0.1")).certificate());
        }
        for (String office : offices) {
            Credential signing = pki.issueOfficeSigning(office, KeyAlgorithm.EC_P256);
            officeSigning.put(office, signing);
            officeCertificates.put(office, new OfficeCertificates(signing.certificate(),
                    pki.issueOfficeEncryption(office, KeyAlgorithm.EC_P256).certificate()));
        }
        certificates = new NetworkCertificates(authorities, tls, officeCertificates);
    }

    RegistryTrust trust() {
        return new RegistryTrust(List.of(pki.root().certificate()), List.of(pki.root().currentCrl()));
    }
}
