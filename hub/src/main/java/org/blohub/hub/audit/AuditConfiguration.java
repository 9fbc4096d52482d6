package org.blohub.hub.audit;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.AuditLeafEncoder;
import org.blohub.hub.store.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's audit trail: leaf encoding for the store, the tree, checkpoints signed on a schedule, peer alarms. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

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
            AuditProperties properties, NodeProperties node, Clock clock) {
        Path keyFile = properties.logKeyFile() != null ? properties.logKeyFile()
                : node.dataDir().resolve("audit").resolve("log.key");
        NoteSigner logKey = AuditKeyFile.loadOrCreate(keyFile, origin);
        return new CheckpointPublisher(tree, logKey, origin, checkpoints, clock);
    }

    @Bean
    CheckpointSchedule checkpointSchedule(CheckpointPublisher publisher, AuditProperties properties) {
        return new CheckpointSchedule(publisher, properties.checkpointInterval());
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
