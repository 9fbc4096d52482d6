package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code config/standalone-broker/broker.xml} (node TH, peer LA) configures what the embedded broker configures
 * in code for the same node, so a node on a standalone broker keeps the same addresses, security and bridge.
 */
class StandaloneBrokerFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9.-]+)}");
    private static final Peer LA = new Peer("LA", "la.example", 61618);
    private static Path files;
    private static String brokerXml;
    private static Configuration standalone;
    private static Configuration embedded;

    @BeforeAll
    static void parseBothConfigurations() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("config/standalone-broker"))) {
            root = root.getParent();
        }
        files = root.resolve("config/standalone-broker");
        brokerXml = Files.readString(files.resolve("broker.xml"), StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(brokerXml);
        while (placeholders.find()) {
            values.putIfAbsent(placeholders.group(1), placeholders.group(1).endsWith("port") ? "61617" : "value-" + values.size());
        }
        String resolved = PLACEHOLDER.matcher(brokerXml).replaceAll(match -> values.get(match.group(1)));
        standalone = new FileConfigurationParser().parseMainConfig(
                new ByteArrayInputStream(resolved.getBytes(StandardCharsets.UTF_8)));
        embedded = NodeBrokerConfiguration.build(new BrokerSettings("TH", Path.of("data"), "127.0.0.1", 61617,
                new Pkcs12Store(Path.of("tls.p12"), "a"), new Pkcs12Store(Path.of("trust.p12"), "a"), List.of(LA),
                new LinkRetry(Duration.ofMillis(500), 2.0, Duration.ofSeconds(30))), 1, "cluster-secret", Set.of());
    }

    @Test
    void everySystemPropertyTheBrokerReadsIsListedInTheFileHeader() {
        String header = brokerXml.substring(0, brokerXml.indexOf("<configuration"));
        Matcher placeholders = PLACEHOLDER.matcher(brokerXml);
        while (placeholders.find()) {
            assertThat(header).contains(placeholders.group(1));
        }
    }

    @Test
    void declaresTheSameDurableAnycastQueues() {
        assertThat(addresses(standalone)).isEqualTo(addresses(embedded))
                .containsExactlyInAnyOrder("blo.inbound", "blo.audit.inbound", "blo.registry.inbound", "blo.expired",
                        "blo.dead", "blo.outbound.LA");
    }

    @Test
    void divertsAuditMessagesAndRegistryOffersFromInboundToTheirOwnQueuesLikeTheEmbeddedBroker() {
        List<DivertConfiguration> inCode = List.of(NodeBrokerConfiguration.auditDivert(),
                NodeBrokerConfiguration.registryDivert());
        assertThat(standalone.getDivertConfigurations()).hasSize(2);
        assertThat(embedded.getDivertConfigurations()).hasSize(2);
        for (DivertConfiguration code : inCode) {
            assertThat(standalone.getDivertConfigurations()).filteredOn(file -> file.getName().equals(code.getName()))
                    .singleElement().satisfies(file -> {
                        assertThat(file.getAddress()).isEqualTo(BrokerAddresses.INBOUND);
                        assertThat(file.getForwardingAddress()).isEqualTo(code.getForwardingAddress());
                        assertThat(file.getFilterString()).isEqualTo(code.getFilterString());
                        assertThat(file.isExclusive()).isTrue();
                        assertThat(file.getRoutingType()).isEqualTo(code.getRoutingType());
                    });
            assertThat(embedded.getDivertConfigurations()).filteredOn(divert -> divert.getName().equals(code.getName()))
                    .singleElement().satisfies(divert -> assertThat(divert.getFilterString())
                            .isEqualTo(code.getFilterString()));
        }
        assertThat(NodeBrokerConfiguration.registryDivert().getForwardingAddress())
                .isEqualTo(BrokerAddresses.REGISTRY_INBOUND);
        assertThat(NodeBrokerConfiguration.auditDivert().getFilterString()).isEqualTo(BrokerAddresses.AUDIT_KINDS_FILTER);
    }

    @Test
    void grantsTheSameRolesOnTheBloAddressesAndAPeerOnlySendsToInbound() {
        for (String match : List.of(BrokerAddresses.INBOUND, "blo.#")) {
            assertThat(permissions(standalone.getSecurityRoles().get(match)))
                    .as(match).isEqualTo(permissions(embedded.getSecurityRoles().get(match)));
        }
        assertThat(permissions(standalone.getSecurityRoles().get(BrokerAddresses.INBOUND)).get("peer"))
                .containsExactly("send");
        assertThat(standalone.getSecurityRoles().get("#")).extracting(Role::getName).containsOnly("node");
    }

    @Test
    void keepsUndeliverableMessagesAndRetriesDeadLettersForEver() {
        AddressSettings file = standalone.getAddressSettings().get("#");
        AddressSettings code = embedded.getAddressSettings().get("#");
        assertThat(String.valueOf(file.getDeadLetterAddress())).isEqualTo(String.valueOf(code.getDeadLetterAddress()));
        assertThat(String.valueOf(file.getExpiryAddress())).isEqualTo(String.valueOf(code.getExpiryAddress()));
        assertThat(file.isAutoCreateDeadLetterResources()).isFalse();
        assertThat(file.isAutoCreateExpiryResources()).isFalse();
        assertThat(file.getMaxSizeBytes()).isEqualTo(NodeBrokerConfiguration.ADDRESS_MEMORY_BYTES);
        assertThat(file.getAddressFullMessagePolicy()).isEqualTo(code.getAddressFullMessagePolicy());
        assertThat(standalone.getAddressSettings().get("#").getMaxDeliveryAttempts())
                .isEqualTo(NodeBrokerConfiguration.MAX_DELIVERY_ATTEMPTS);
        AddressSettings dead = standalone.getAddressSettings().get(BrokerAddresses.DEAD);
        AddressSettings deadInCode = embedded.getAddressSettings().get(BrokerAddresses.DEAD);
        assertThat(dead.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(dead.getRedeliveryDelay()).isEqualTo(deadInCode.getRedeliveryDelay());
        assertThat(dead.getRedeliveryMultiplier()).isEqualTo(deadInCode.getRedeliveryMultiplier());
        assertThat(dead.getMaxRedeliveryDelay()).isEqualTo(deadInCode.getMaxRedeliveryDelay());
    }

    @Test
    void bridgesToThePeerLikeTheEmbeddedBroker() {
        BridgeConfiguration file = standalone.getBridgeConfigurations().get(0);
        BridgeConfiguration code = embedded.getBridgeConfigurations().get(0);
        assertThat(standalone.getBridgeConfigurations()).hasSize(1);
        assertThat(file.getName()).isEqualTo(code.getName()).isEqualTo("bridge-to-LA");
        assertThat(file.getQueueName()).isEqualTo(code.getQueueName());
        assertThat(file.getForwardingAddress()).isEqualTo(code.getForwardingAddress());
        assertThat(file.getRoutingType()).isEqualTo(code.getRoutingType());
        assertThat(file.getStaticConnectors()).isEqualTo(code.getStaticConnectors());
        assertThat(file.isHA()).isFalse();
        assertThat(file.getRetryInterval()).isEqualTo(code.getRetryInterval());
        assertThat(file.getRetryIntervalMultiplier()).isEqualTo(code.getRetryIntervalMultiplier());
        assertThat(file.getMaxRetryInterval()).isEqualTo(code.getMaxRetryInterval());
        assertThat(file.getInitialConnectAttempts()).isEqualTo(-1);
        assertThat(file.getReconnectAttempts()).isEqualTo(-1);
        assertThat(file.isUseDuplicateDetection()).isTrue();
        assertThat(file.getConfirmationWindowSize()).isEqualTo(NodeBrokerConfiguration.BRIDGE_CONFIRMATION_WINDOW_BYTES);
        assertThat(file.getUser()).isEqualTo("TH");
        assertThat(file.getPassword()).isNotEqualTo(standalone.getClusterPassword());
    }

    @Test
    void speaksOnlyTls13WithClientCertificatesOnBothAcceptorsAndToThePeer() {
        assertThat(standalone.getAcceptorConfigurations()).extracting(TransportConfiguration::getName)
                .containsExactlyInAnyOrder(PeerTlsTransport.ACCEPTOR_NAME, "application-tls");
        for (TransportConfiguration acceptor : standalone.getAcceptorConfigurations()) {
            assertThat(acceptor.getCombinedParams()).as(acceptor.getName())
                    .containsEntry(TransportConstants.SSL_ENABLED_PROP_NAME, "true")
                    .containsEntry(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, PeerTlsTransport.TLS_PROTOCOL)
                    .containsEntry(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME, "true")
                    .containsEntry(TransportConstants.PROTOCOLS_PROP_NAME, "CORE")
                    .containsKey("securityDomain");
        }
        assertThat(standalone.getConnectorConfigurations().get(PeerTlsTransport.connectorName(LA)).getParams())
                .containsEntry(TransportConstants.SSL_ENABLED_PROP_NAME, "true")
                .containsEntry(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, PeerTlsTransport.TLS_PROTOCOL)
                .containsEntry(TransportConstants.VERIFY_HOST_PROP_NAME, "true");
    }

    @Test
    void checksEveryLoginStampsTheValidatedUserAndReplacesTheDefaultClusterPassword() {
        assertThat(standalone.isSecurityEnabled()).isTrue();
        assertThat(standalone.isPopulateValidatedUser()).isTrue();
        assertThat(standalone.getAuthenticationCacheSize()).isZero();
        assertThat(standalone.isPersistenceEnabled()).isTrue();
        assertThat(standalone.getIDCacheSize()).isEqualTo(NodeBrokerConfiguration.DUPLICATE_ID_CACHE_SIZE);
        assertThat(standalone.isPersistIDCache()).isTrue();
        assertThat(standalone.getMessageExpiryScanPeriod()).isEqualTo(NodeBrokerConfiguration.EXPIRY_SCAN_PERIOD_MILLIS);
        assertThat(standalone.getClusterPassword()).isNotEqualTo(ActiveMQDefaultConfiguration.getDefaultClusterPassword());
    }

    @Test
    void rolesFilesGiveThePeerAndTheApplicationTheirRoles() throws Exception {
        assertThat(Files.readAllLines(files.resolve("cert-roles.properties"))).contains("peer=LA");
        assertThat(Files.readAllLines(files.resolve("artemis-roles.properties"))).contains("node=node-TH");
        assertThat(Files.readString(files.resolve("login.config")))
                .contains("blo-peers", "TextFileCertificateLoginModule", "blo-application", "PropertiesLoginModule");
    }

    private static Set<String> addresses(Configuration configuration) {
        return configuration.getAddressConfigurations().stream()
                .peek(address -> assertThat(address.getQueueConfigs()).singleElement()
                        .satisfies(queue -> assertThat(queue.isDurable()).isNotEqualTo(Boolean.FALSE)))
                .map(CoreAddressConfiguration::getName)
                .collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> permissions(Set<Role> roles) {
        return roles.stream().collect(Collectors.toMap(Role::getName, role -> {
            Set<String> granted = new java.util.TreeSet<>();
            if (role.isSend()) granted.add("send");
            if (role.isConsume()) granted.add("consume");
            if (role.isBrowse()) granted.add("browse");
            if (role.isCreateDurableQueue()) granted.add("createDurableQueue");
            if (role.isDeleteDurableQueue()) granted.add("deleteDurableQueue");
            if (role.isCreateNonDurableQueue()) granted.add("createNonDurableQueue");
            if (role.isDeleteNonDurableQueue()) granted.add("deleteNonDurableQueue");
            if (role.isCreateAddress()) granted.add("createAddress");
            if (role.isDeleteAddress()) granted.add("deleteAddress");
            if (role.isManage()) granted.add("manage");
            if (role.isView()) granted.add("view");
            if (role.isEdit()) granted.add("edit");
            return granted;
        }));
    }
}
