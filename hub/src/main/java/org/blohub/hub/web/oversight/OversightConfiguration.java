package org.blohub.hub.web.oversight;

import java.time.Clock;
import javax.sql.DataSource;
import org.blohub.hub.audit.AuditApiTls;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.PeerAuditStatus;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.audit.cosign.CosignConfiguration;
import org.blohub.hub.audit.cosign.CosignedSizes;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.store.ReceiptStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read models behind the auditor's and the administrator's pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeerAuditApiProperties.class)
class OversightConfiguration {

    @Bean
    MessageTimeline messageTimeline(AuditLog auditLog, ReceiptStore receipts) {
        return new MessageTimeline(auditLog, receipts);
    }

    @Bean
    PeerTimelineFetch peerTimelineFetch(NetworkRegistry registry, WitnessedCheckpoints witnessed, AuditOrigin origin,
            PeerAuditApiProperties api, RegistryTrust trust) {
        return new PeerTimelineFetch(registry, witnessed, origin, api, AuditApiTls.trusting(trust.roots()));
    }

    @Bean
    CrossNodeTimelines crossNodeTimelines(MessageTimeline timeline, PeerTimelineFetch peers,
            NetworkRegistry registry, NodeProperties node) {
        return new CrossNodeTimelines(timeline, peers, registry, node.name());
    }

    @Bean
    ConversationMessages conversationMessages(AuditLog auditLog) {
        return new ConversationMessages(auditLog);
    }

    /** Checks proofs with the log key the signed registry publishes for this node, not with a key file. */
    @Bean
    InclusionCheck inclusionCheck(AuditLog auditLog, AuditTree tree, CheckpointStore checkpoints,
            NetworkRegistry registry, NodeProperties node) {
        return new InclusionCheck(auditLog, tree, checkpoints, registry.node(node.name())
                .map(NetworkNode::auditKeys).map(NodeAuditKeys::logKey)
                .orElseThrow(() -> new AuditException("node " + node.name() + " is not in the registry")));
    }

    @Bean
    PeerAuditOverview peerAuditOverview(CheckpointStore checkpoints, CosignedSizes cosignedSizes,
            WitnessedCheckpoints witnessed, PeerAuditStatus status, NetworkRegistry registry, AuditOrigin origin,
            NodeProperties node) {
        return new PeerAuditOverview(checkpoints, cosignedSizes, witnessed, status, registry, origin,
                CosignConfiguration.peers(node, registry));
    }

    @Bean
    TrafficStatistics trafficStatistics(DataSource dataSource) {
        return new TrafficStatistics(dataSource);
    }

    @Bean
    PeerLinksOverview peerLinksOverview(ApplicationBroker broker, DataSource dataSource, NetworkRegistry registry,
            Clock clock) {
        return new PeerLinksOverview(broker, dataSource, registry, clock);
    }

    @Bean
    DatabaseProbe databaseProbe(DataSource dataSource) {
        return new DatabaseProbe(dataSource);
    }

    @Bean
    RegistryOverview registryOverview(NetworkRegistry registry, Clock clock) {
        return new RegistryOverview(registry, clock);
    }
}
