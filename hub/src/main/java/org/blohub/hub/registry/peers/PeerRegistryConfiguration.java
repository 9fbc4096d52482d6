package org.blohub.hub.registry.peers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.apache.camel.ProducerTemplate;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.cosign.CosignConfiguration;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registries travel between peers over the bridges: each node offers the registry it runs on, and takes a newer one
 * a peer offers into its registry files (docs/operations.md, "Publishing a registry to running nodes").
 */
@Configuration(proxyBeanMethods = false)
class PeerRegistryConfiguration {

    @Bean
    RegistryOffering registryOffering(NetworkRegistry registry, NodeMaterial material, NodeProperties node,
            ProducerTemplate producer, ApplicationBroker broker,
            @Value("${blo.registry.refresh:1m}") Duration interval) {
        return new RegistryOffering(registry, material.registry(), signatureOf(material.registry()),
                CosignConfiguration.peers(node, registry), node.name(), producer,
                peer -> broker.health().links().stream()
                        .anyMatch(link -> link.peerNodeName().equals(peer) && link.connected()),
                interval);
    }

    @Bean
    RegistryOfferRoute registryOfferRoute(NetworkRegistry registry, RegistryTrust trust, CurrentCrls crls,
            NodeMaterial material, NodeProperties node, RegistryOffering offering, DeliveringNodes deliveringNodes,
            AuditLog auditLog, Clock clock) {
        return new RegistryOfferRoute(new RegistryOfferReceiver(registry,
                () -> new RegistryLoader(new RegistryTrust(trust.roots(), crls.crls()), clock),
                new LocalCopy(material.registry()), new LocalCopy(signatureOf(material.registry())), node.dataDir(),
                offering, deliveringNodes, auditLog, clock));
    }

    private static Path signatureOf(Path registryFile) {
        return registryFile.resolveSibling(registryFile.getFileName() + RegistryLoader.SIGNATURE_SUFFIX);
    }
}
