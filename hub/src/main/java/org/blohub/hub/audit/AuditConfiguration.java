package org.blohub.hub.audit;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.blohub.crypto.merkle.TreeHashStore;
import java.util.function.Function;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.node.JdbcRoleLease;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.RoleLease;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's audit trail: leaf encoding for the store, the tree, checkpoints signed on a schedule, peer alarms. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    /** The {@code role_leases} row of the instance that signs this node's checkpoints. */
    public static final String CHECKPOINT_SIGNER_ROLE = "audit-checkpoint-signer";

    @Bean
    AuditLeafEncoder auditLeafEncoder() {
        return new CanonicalAuditLeafEncoder();
    }

    @Bean
    AuditOrigin auditOrigin(NetworkRegistry registry, NodeProperties node) {
        return new AuditOrigin(registry.domain(), node.name());
    }

    @Bean
    AuditTree auditTree(TreeHashStore auditTreeHashes) {
        return new AuditTree(auditTreeHashes);
    }

    @Bean
    CheckpointStore checkpointStore(DataSource dataSource) {
        return new JdbcCheckpointStore(dataSource);
    }

    @Bean
    CheckpointPublisher checkpointPublisher(AuditTree tree, AuditOrigin origin, CheckpointStore checkpoints,
            AuditProperties properties, NodeProperties node, NetworkRegistry registry, Clock clock) {
        Path keyFile = properties.logKeyFile() != null ? properties.logKeyFile()
                : NodeAuditKeyFiles.logKeyFile(node.dataDir());
        NoteSigner logKey = AuditKeyFile.loadOrCreate(keyFile, origin);
        requirePublished(logKey.verifierKey(), registry, node.name(), "log", NodeAuditKeys::logKey);
        return new CheckpointPublisher(tree, logKey, origin, checkpoints, clock);
    }

    /**
     * Refuses to start with an audit key other than the one the signed registry publishes for this node: peers
     * would refuse every checkpoint or cosignature it signs.
     */
    public static void requirePublished(NoteVerifierKey own, NetworkRegistry registry, String nodeName, String which,
            Function<NodeAuditKeys, NoteVerifierKey> published) {
        NoteVerifierKey expected = registry.node(nodeName).map(NetworkNode::auditKeys).map(published)
                .orElseThrow(() -> new AuditException("node " + nodeName + " is not in the registry"));
        if (!expected.equals(own)) {
            throw new AuditException("BLO-AUD-026 the audit " + which + " key of node " + nodeName + " (key ID "
                    + own.keyId() + ") is not the one the signed registry publishes for it (key ID "
                    + expected.keyId() + "); publish a registry with this node's key or restore the key file");
        }
    }

    @Bean
    CheckpointSchedule checkpointSchedule(CheckpointPublisher publisher, AuditProperties properties,
            @Qualifier(CHECKPOINT_SIGNER_ROLE) RoleLease signerRole) {
        return new CheckpointSchedule(publisher, signerRole, properties.checkpointInterval(),
                properties.checkpointDebounce());
    }

    /** Of the node's hub instances on one database, the one that signs checkpoints and offers them to peers. */
    @Bean(CHECKPOINT_SIGNER_ROLE)
    RoleLease checkpointSignerRole(DataSource dataSource, NodeProperties node, AuditProperties properties,
            Clock clock) {
        return new JdbcRoleLease(dataSource, CHECKPOINT_SIGNER_ROLE, node.instanceName(), properties.checkpointLease(),
                clock);
    }

    @Bean
    WitnessedCheckpoints witnessedCheckpoints(DataSource dataSource) {
        return new JdbcWitnessedCheckpoints(dataSource);
    }

    @Bean
    PeerAuditStatus peerAuditStatus() {
        return new PeerAuditStatus();
    }

    @Bean
    PeerAuditAlarm peerAuditAlarm(AuditLog auditLog, PeerAuditStatus status, Clock clock) {
        return new PeerAuditAlarm(auditLog, status, clock);
    }

    @Bean("peerAudit")
    PeerAuditHealthIndicator peerAuditHealthIndicator(PeerAuditStatus status) {
        return new PeerAuditHealthIndicator(status);
    }
}
