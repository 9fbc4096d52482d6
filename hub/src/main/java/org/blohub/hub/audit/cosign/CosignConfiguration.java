package org.blohub.hub.audit.cosign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditConfiguration;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.NodeAuditKeyFiles;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditProperties;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointPublisher;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.PeerAuditAlarm;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.RoleLease;
import org.springframework.beans.factory.annotation.Qualifier;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cosigning between peers over the broker. Peers' verifier keys are the ones the signed network registry publishes
 * (see {@link PeerAuditKeys}); this node's own keys must be the ones it publishes for this node.
 */
@Configuration(proxyBeanMethods = false)
public class CosignConfiguration {

    @Bean
    PeerAuditKeys peerAuditKeys(NetworkRegistry registry) {
        return new PeerAuditKeys(registry);
    }

    @Bean
    Cosigner witnessKey(NodeProperties node, AuditOrigin origin, NetworkRegistry registry) {
        Cosigner witness = NodeAuditKeyFiles.witnessKey(NodeAuditKeyFiles.witnessKeyFile(node.dataDir()), origin);
        AuditConfiguration.requirePublished(witness.verifierKey(), registry, node.name(), "witness",
                NodeAuditKeys::witnessKey);
        return witness;
    }

    @Bean
    UntrustedPeerKeyAlarm untrustedPeerKeyAlarm(AuditLog auditLog, Clock clock) {
        return new UntrustedPeerKeyAlarm(auditLog, clock);
    }

    @Bean
    CosignedSizes cosignedSizes(DataSource dataSource) {
        return new CosignedSizes(dataSource);
    }

    @Bean
    OfferBackoff offerBackoff(AuditProperties properties, Clock clock) {
        Duration base = properties.checkpointInterval();
        return new OfferBackoff(base, base.compareTo(properties.cosignBackoffMax()) > 0 ? base
                : properties.cosignBackoffMax(), clock);
    }

    @Bean
    CheckpointOffering checkpointOffering(CheckpointStore checkpoints, CosignedSizes sizes, AuditTree tree,
            PeerAuditKeys peerKeys, NodeProperties node, NetworkRegistry registry, ProducerTemplate producer,
            AuditProperties properties, OfferBackoff backoff,
            @Qualifier(AuditConfiguration.CHECKPOINT_SIGNER_ROLE) RoleLease signerRole) {
        return new CheckpointOffering(checkpoints, sizes, tree, peerKeys, peers(node, registry), node.name(),
                producer, properties.checkpointInterval(), backoff, signerRole);
    }

    @Bean
    CheckpointCosigning checkpointCosigning(Cosigner witnessKey, CheckpointPublisher publisher,
            AuditProperties properties, PeerAuditKeys peerKeys, WitnessedCheckpoints witnessed,
            PeerAuditAlarm alarm, CheckpointStore checkpoints, NodeProperties node, NetworkRegistry registry,
            ProducerTemplate producer, Clock clock, OfferBackoff backoff, UntrustedPeerKeyAlarm untrustedKey) {
        Path logKeyFile = properties.logKeyFile() != null ? properties.logKeyFile()
                : NodeAuditKeyFiles.logKeyFile(node.dataDir());
        return new CheckpointCosigning(witnessKey, ownLogKey(logKeyFile.resolveSibling(logKeyFile.getFileName()
                + ".vkey")), peerKeys, witnessed, alarm, checkpoints, peers(node, registry), node.name(),
                producer, clock, backoff, untrustedKey);
    }

    @Bean
    AuditInboundRoute auditInboundRoute(CheckpointCosigning cosigning, DeliveringNodes deliveringNodes,
            QuarantineStore quarantine, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new AuditInboundRoute(new AuditPeerCheck(deliveringNodes), cosigning,
                new RefusedAuditMessageRecorder(quarantine, audit, transactions, deliveringNodes, clock));
    }

    private static NoteVerifierKey ownLogKey(Path vkeyFile) {
        try {
            return NoteVerifierKey.parse(Files.readString(vkeyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NoteException e) {
            throw new AuditException("cannot read this node's audit verifier key " + vkeyFile, e);
        }
    }

    /** The nodes this node exchanges checkpoints with: its configured peers, or every other node of the registry. */
    public static List<String> peers(NodeProperties node, NetworkRegistry registry) {
        return registry.nodes().stream().map(NetworkNode::name)
                .filter(name -> !name.equals(node.name()))
                .filter(name -> node.peers().isEmpty() || node.peers().contains(name))
                .toList();
    }
}
