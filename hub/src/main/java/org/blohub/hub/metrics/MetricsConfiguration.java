package org.blohub.hub.metrics;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.blohub.hub.store.MessageStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's own meters, scraped at {@code /actuator/prometheus} (ADMIN only, {@link ActuatorSecurity}). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    PeerNodes peerNodes(NetworkRegistry registry, NodeProperties node) {
        return new PeerNodes(registry, node.name(), node.peers());
    }

    @Bean
    AuditEventCounters auditEventCounters(AuditLog auditLog, MeterRegistry meters, PeerNodes peers,
            @Value("${blo.metrics.audit-interval:5s}") Duration interval) {
        return new AuditEventCounters(auditLog, meters, peers, interval);
    }

    @Bean
    DeliveryLatencies deliveryLatencies(MessageStore messages, MeterRegistry meters, PeerNodes peers, Clock clock) {
        return new DeliveryLatencies(messages, meters, peers, clock);
    }

    @Bean
    PeerLinkStates peerLinkStates(ApplicationBroker broker, DataSource dataSource, PeerNodes peers, Clock clock,
            @Value("${blo.links.stall-after:5m}") Duration stallAfter) {
        return new PeerLinkStates(broker, new OutboxBacklog(dataSource, peers, clock), stallAfter);
    }

    @Bean
    LinkStallWatch linkStallWatch(PeerLinkStates links) {
        return new LinkStallWatch(links);
    }

    @Bean
    LinkGauges linkGauges(ApplicationBroker broker, DataSource dataSource, PeerNodes peers, PeerLinkStates links,
            Clock clock) {
        return new LinkGauges(broker, new OutboxBacklog(dataSource, peers, clock), peers, links);
    }

    @Bean
    AuditFreshnessGauges auditFreshnessGauges(CheckpointStore checkpoints, AuditLog auditLog, DataSource dataSource,
            PeerNodes peers, Clock clock) {
        return new AuditFreshnessGauges(checkpoints, auditLog, dataSource, peers, clock);
    }

    @Bean
    CertificateExpiryGauges certificateExpiryGauges(RegistryTrust trust, CurrentCrls crls, NetworkRegistry registry,
            NodeProperties node, Clock clock) {
        return new CertificateExpiryGauges(trust, crls, registry, node.name(), clock);
    }
}
