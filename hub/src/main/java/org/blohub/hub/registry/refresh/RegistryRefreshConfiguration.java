package org.blohub.hub.registry.refresh;

import java.time.Clock;
import java.time.Duration;

import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.RegistrySerialRecord;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryRefresh;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry follows its file while the node runs: {@code blo.registry.refresh} (default 1 min). A newer registry
 * is verified against the regional root and the CRLs current at that moment.
 */
@Configuration(proxyBeanMethods = false)
class RegistryRefreshConfiguration {

    @Bean
    RegistryRefreshJob registryRefreshJob(NodeMaterial material, NodeProperties properties, RegistryTrust trust,
            CurrentCrls crls, NetworkRegistry registry, AuditLog auditLog, Clock clock,
            @Value("${blo.registry.refresh:1m}") Duration interval) {
        RegistryRefresh refresh = new RegistryRefresh(material.registry(),
                () -> new RegistryLoader(new RegistryTrust(trust.roots(), crls.crls()), clock), registry,
                material.nodeName());
        return new RegistryRefreshJob(refresh, new RegistrySerialRecord(properties.dataDir()), auditLog,
                material.nodeName(), clock, interval);
    }
}
