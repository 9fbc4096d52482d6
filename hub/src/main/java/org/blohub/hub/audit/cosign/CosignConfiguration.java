package org.blohub.hub.audit.cosign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditProperties;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointPublisher;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.PeerAuditAlarm;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cosigning between peers over the broker. Peers' verifier keys are read from {@code blo.audit.peer-keys-dir}
 * (see {@link PeerAuditKeys}); without it no checkpoint is offered and every offer is refused.
 */
@Configuration(proxyBeanMethods = false)
public class CosignConfiguration {

    @Bean
    PeerAuditKeys peerAuditKeys(@Value("${blo.audit.peer-keys-dir:}") String directory) {
        return new PeerAuditKeys(directory.isBlank() ? null : Path.of(directory));
    }

    @Bean
    Cosigner witnessKey(NodeProperties node, AuditOrigin origin) {
        return WitnessKeyFile.loadOrCreate(node.dataDir().resolve("audit").resolve(WitnessKeyFile.NAME),
                origin.witnessName());
    }

    @Bean
    CosignedSizes cosignedSizes(DataSource dataSource) {
        return new CosignedSizes(dataSource);
    }

    @Bean
    CheckpointOffering checkpointOffering(CheckpointStore checkpoints, CosignedSizes sizes, AuditTree tree,
            PeerAuditKeys peerKeys, NodeProperties node, NetworkRegistry registry, ProducerTemplate producer,
            AuditProperties properties) {
        return new CheckpointOffering(checkpoints, sizes, tree, peerKeys, peers(node, registry), node.name(),
                producer, properties.checkpointInterval());
    }

    @Bean
    CheckpointCosigning checkpointCosigning(Cosigner witnessKey, CheckpointPublisher publisher,
            AuditProperties properties, PeerAuditKeys peerKeys, WitnessedCheckpoints witnessed,
            PeerAuditAlarm alarm, CheckpointStore checkpoints, NodeProperties node, NetworkRegistry registry,
            ProducerTemplate producer, Clock clock) {
        Path logKeyFile = properties.logKeyFile() != null ? properties.logKeyFile()
                : node.dataDir().resolve("audit").resolve("log.key");
        return new CheckpointCosigning(witnessKey, ownLogKey(logKeyFile.resolveSibling(logKeyFile.getFileName()
                + ".vkey")), peerKeys, witnessed, alarm, checkpoints, peers(node, registry), node.name(),
                producer, clock);
    }

    private static NoteVerifierKey ownLogKey(Path vkeyFile) {
        try {
            return NoteVerifierKey.parse(Files.readString(vkeyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NoteException e) {
            throw new AuditException("cannot read this node's audit verifier key " + vkeyFile, e);
        }
    }

    private static List<String> peers(NodeProperties node, NetworkRegistry registry) {
        return registry.nodes().stream().map(NetworkNode::name)
                .filter(name -> !name.equals(node.name()))
                .filter(name -> node.peers().isEmpty() || node.peers().contains(name))
                .toList();
    }
}
