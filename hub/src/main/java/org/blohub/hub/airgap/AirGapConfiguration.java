package org.blohub.hub.airgap;

import java.time.Clock;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.crypto.detached.DetachedSignatureVerifier;
import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.KeyStorePassword;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Air-gap transfer: exporting what waits for a peer into a signed bundle file, and importing one (docs/protocol.md). */
@Configuration(proxyBeanMethods = false)
class AirGapConfiguration {

    @Bean
    BundleRefusalAudit bundleRefusalAudit(AuditLog auditLog, TransactionTemplate transactions, Clock clock) {
        return new BundleRefusalAudit(auditLog, transactions, clock);
    }

    @Bean
    BundleExport bundleExport(NodeProperties properties, NetworkRegistry registry, ConnectionFactory connectionFactory,
            NodeMaterial material, KeyStorePassword password, MessageIds ids, AuditLog auditLog,
            BundleRefusalAudit refusals, TransactionTemplate transactions, Clock clock) {
        ManifestSigner signer = new ManifestSigner(new DetachedSigner(clock), () -> Pkcs12Files.read(
                material.tlsKeyStore(), NodeMaterial.TLS_ALIAS, password.value().toCharArray()));
        return new BundleExport(properties.name(), registry, new WaitingEnvelopes(new JmsTemplate(connectionFactory)),
                signer, ids, auditLog, refusals, transactions, clock);
    }

    @Bean
    BundleImport bundleImport(NodeProperties properties, NetworkRegistry registry, CertificatePathValidator messageTrust,
            DataSource dataSource, ConnectionFactory connectionFactory, AuditLog auditLog, BundleRefusalAudit refusals,
            TransactionTemplate transactions, Clock clock) {
        BundleOpener opener = new BundleOpener(properties.name(), new ManifestSignatureCheck(
                new DetachedSignatureVerifier(messageTrust, clock), registry.nodes().stream()
                        .collect(Collectors.toMap(NetworkNode::name, NetworkNode::tlsCertificate))));
        return new BundleImport(opener, new JdbcImportedBundles(JdbcClient.create(dataSource)),
                new InboundQueueDelivery(connectionFactory, clock), auditLog, refusals, transactions, clock);
    }
}
