package org.blohub.hub.airgap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.detached.DetachedSignatureVerifier;
import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.hub.store.ImmutableBytes;

/**
 * A development PKI with the TLS keys of registry nodes TH and LA and of KH, which the registry does not list, and
 * bundles from TH to LA made with the production writer and signer.
 */
final class TestBundles {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final Clock clock = Clock.systemUTC();
    final DevelopmentPki pki = DevelopmentPki.create("Test", clock);
    final Credential thTls = pki.issueNodeTls("TH-BROKER", List.of("th.example"));
    final Credential laTls = pki.issueNodeTls("LA-BROKER", List.of("la.example"));
    final Credential khTls = pki.issueNodeTls("KH-BROKER", List.of("kh.example"));

    ManifestSignatureCheck signatureCheck() {
        CertificatePathValidator trust = new CertificatePathValidator(List.of(pki.root().certificate()),
                List.of(pki.nationalCa("TH").certificate(), pki.nationalCa("LA").certificate(),
                        pki.nationalCa("KH").certificate()), pki.crls());
        return new ManifestSignatureCheck(new DetachedSignatureVerifier(trust, clock),
                Map.of("TH", thTls.certificate(), "LA", laTls.certificate()));
    }

    /** The opener of node {@code node}. */
    BundleOpener openerOf(String node) {
        return new BundleOpener(node, signatureCheck());
    }

    static byte[] envelope(int index) {
        return ("sealed envelope " + index + " (stands for DER CMS bytes)").getBytes(StandardCharsets.UTF_8);
    }

    static EnvelopeRouting routing(String messageId, String kind, String toNode) {
        return new EnvelopeRouting(messageId, "TH-CHIANGKHONG", "LA-HOUAYXAY", "TH", toNode, kind, "FLASH", 9,
                NOW.plusSeconds(3600).toEpochMilli());
    }

    /** A manifest of {@code count} envelopes from TH to {@code toNode}. */
    static BundleManifest manifest(String bundleId, String toNode, int count) {
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] envelope = envelope(i);
            entries.add(new BundleEntry(BundleWriter.envelopeFile(i), envelope.length,
                    ImmutableBytes.copyOf(envelope).sha256Hex(),
                    routing("01JD00000000000000000000" + (10 + i), i == 0 ? "RECEIPT" : "REQUEST", toNode)));
        }
        return new BundleManifest(bundleId, "TH", toNode, NOW, entries);
    }

    static List<byte[]> envelopes(int count) {
        List<byte[]> envelopes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            envelopes.add(envelope(i));
        }
        return envelopes;
    }

    /** A bundle file of {@code manifest}'s envelopes, signed by {@code signer}. */
    byte[] file(BundleManifest manifest, Credential signer) {
        byte[] json = manifest.toJson();
        return BundleWriter.write(manifest, json, new DetachedSigner(clock).sign(json, signer),
                envelopes(manifest.entries().size()));
    }
}
