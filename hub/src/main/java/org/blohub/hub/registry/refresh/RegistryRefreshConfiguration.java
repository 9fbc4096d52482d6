package org.blohub.hub.registry.refresh;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.RegistrySerialRecord;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileFetch;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.RegistryRefresh;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry follows its file while the node runs: {@code blo.registry.refresh} (default 1 min). A newer registry
 * is verified against the regional root and the CRLs current at that moment. With {@code blo.registry.url} the node
 * also fetches the file and its signature from where the region publishes them, at the same interval.
 */
@Configuration(proxyBeanMethods = false)
class RegistryRefreshConfiguration {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

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

    @Bean
    @ConditionalOnProperty("blo.registry.url")
    RegistryFetchJob registryFetchJob(NodeMaterial material, @Value("${blo.registry.url}") URI url,
            @Value("${blo.registry.refresh:1m}") Duration interval) {
        Path registryFile = material.registry();
        Path signatureFile = registryFile.resolveSibling(registryFile.getFileName() + RegistryLoader.SIGNATURE_SUFFIX);
        return new RegistryFetchJob(url, new LocalCopy(registryFile), new LocalCopy(signatureFile),
                new PublishedFileFetch(FETCH_TIMEOUT), interval);
    }
}
