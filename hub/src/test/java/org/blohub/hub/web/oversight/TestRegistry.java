package org.blohub.hub.web.oversight;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.Office;

/** A signed-registry stand-in for read-model tests: nodes TH and LA, Chiang Khong on TH and Houayxay on LA. */
final class TestRegistry {

    static final String DOMAIN = "blo.mekong.example";

    private TestRegistry() {
    }

    static NetworkRegistry of(Instant issuedAt, NodeAuditKeys thKeys, NodeAuditKeys laKeys) {
        X509Certificate certificate = DevelopmentPki.create("Mekong", Clock.fixed(issuedAt, ZoneOffset.UTC))
                .issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256).certificate();
        return new NetworkRegistry(1, issuedAt, DOMAIN,
                List.of(node("TH", certificate, thKeys), node("LA", certificate, laKeys)),
                List.of(new Office(OversightData.CHIANG_KHONG, "TH", "Chiang Khong BLO", certificate, certificate),
                        new Office(OversightData.HOUAYXAY, "LA", "Houayxay BLO", certificate, certificate)),
                List.of(), Map.of("TH", certificate));
    }

    /** Fresh audit keys of a node: its log key and its witness key. */
    static NodeAuditKeys auditKeys(String node) {
        AuditOrigin origin = new AuditOrigin(DOMAIN, node);
        try {
            return new NodeAuditKeys(NoteSigner.generate(origin.name(), new SecureRandom()).verifierKey(),
                    Cosigner.generate(origin.witnessName(), new SecureRandom()).verifierKey());
        } catch (NoteException e) {
            throw new AssertionError(e);
        }
    }

    private static NetworkNode node(String name, X509Certificate certificate, NodeAuditKeys keys) {
        return new NetworkNode(name, name, name, new BrokerEndpoint("127.0.0.1", 61617), 8081, certificate, keys);
    }
}
