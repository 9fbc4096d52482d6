package org.blohub.hub.registry;

import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;

/**
 * A development PKI for a test network: national CAs, node TLS and office certificates, and a
 * registry signer issued directly by the root. Generated per test run; no key is committed.
 */
public final class TestNetworkPki {

    public final DevelopmentPki pki;
    public final Credential registrySigner;
    final Map<String, Credential> officeSigning = new HashMap<>();
    public final NetworkCertificates certificates;
    /** Each node's audit log signer, named for the demo domain {@value #DOMAIN}. */
    final Map<String, NoteSigner> auditLogSigners = new HashMap<>();

    static final String DOMAIN = "blo.mekong.example";

    public TestNetworkPki(Clock clock, List<String> nodes, List<String> offices) {
        this(clock, nodes, offices, Set.of());
    }

    /** @param hybridOffices offices that get post-quantum hybrid keys, as their {@code cryptoProfile: HYBRID} asks */
    public TestNetworkPki(Clock clock, List<String> nodes, List<String> offices, Set<String> hybridOffices) {
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
            CryptoProfile profile = hybridOffices.contains(office) ? CryptoProfile.HYBRID : CryptoProfile.CLASSIC;
            Credential signing = pki.issueOfficeSigning(office, profile.newSigningKeys());
            officeSigning.put(office, signing);
            officeCertificates.put(office, new OfficeCertificates(signing.certificate(),
                    pki.issueOfficeEncryption(office, profile.newEncryptionKeys()).certificate()));
        }
        Map<String, NodeAuditKeys> auditKeys = new HashMap<>();
        for (String node : nodes) {
            try {
                NoteSigner log = NoteSigner.generate(NodeAuditKeys.logKeyName(DOMAIN, node), new SecureRandom());
                auditLogSigners.put(node, log);
                auditKeys.put(node, new NodeAuditKeys(log.verifierKey(), Cosigner.generate(
                        NodeAuditKeys.witnessKeyName(DOMAIN, node), new SecureRandom()).verifierKey()));
            } catch (NoteException e) {
                throw new IllegalStateException("cannot generate the audit keys of test node " + node, e);
            }
        }
        certificates = new NetworkCertificates(authorities, tls, officeCertificates, auditKeys);
    }

    public RegistryTrust trust() {
        return new RegistryTrust(List.of(pki.root().certificate()), List.of(pki.root().currentCrl()));
    }
}
