package org.blohub.hub.registry.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryLoader;
import org.blohub.hub.registry.TestNetworkPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offers a node must refuse leave its registry files as they are and are audited with the delivering peer. */
class RegistryOfferReceiverTest {

    private static final TestNetworkPki REGION = new TestNetworkPki(Clock.systemUTC(), List.of("TH", "LA"), List.of());

    @TempDir
    Path directory;

    private final AuditLog auditLog = mock(AuditLog.class);
    private final NetworkRegistry running = mock(NetworkRegistry.class);
    private Path registry;
    private Path signature;
    private RegistryOfferReceiver receiver;

    @BeforeEach
    void runOnSerialSeven() throws Exception {
        when(running.serial()).thenReturn(7L);
        registry = Files.writeString(directory.resolve("registry.yaml"), "serial: 7\n");
        signature = Files.writeString(directory.resolve("registry.yaml.p7s"), "signature of 7");
        RegistryOffering offering = new RegistryOffering(running, registry, signature, List.of("LA"), "TH", null,
                peer -> true, Duration.ofMinutes(1));
        receiver = new RegistryOfferReceiver(running,
                () -> new RegistryLoader(REGION.trust(), Clock.systemUTC()),
                new LocalCopy(registry), new LocalCopy(signature), directory, offering,
                new DeliveringNodes("TH", "node-TH"), auditLog, Clock.systemUTC());
    }

    @Test
    void refusesBytesThatAreNoOfferAndRecordsTheDeliveringPeer() throws Exception {
        receiver.process(deliveredByLaos(new byte[] {1, 2, 3}));

        assertUnchangedAndRefused("offered: offer malformed");
    }

    @Test
    void refusesARegistryThatDoesNotVerifyAndWritesNothing() throws Exception {
        byte[] offer = new RegistryOffer("serial: 9\n".getBytes(StandardCharsets.UTF_8),
                "not a signature".getBytes(StandardCharsets.UTF_8)).encoded();

        receiver.process(deliveredByLaos(offer));

        assertUnchangedAndRefused("offered: signature or file not accepted");
        try (var left = Files.list(directory)) {
            assertThat(left).as("no scratch directory stays").containsExactlyInAnyOrder(registry, signature);
        }
    }

    private void assertUnchangedAndRefused(String reason) {
        assertThat(registry).hasContent("serial: 7");
        assertThat(signature).hasContent("signature of 7");
        verify(auditLog).append(argThat(event -> event.actor().equals("peer:LA")
                && event.action().equals(Optional.of(RegistryOfferReceiver.REFUSED_ACTION))
                && event.reasonCode().equals(Optional.of(reason))
                && event.target().orElseThrow().startsWith("registry:sha256:")));
    }

    private static Exchange deliveredByLaos(byte[] body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(BloHeaders.VALIDATED_USER_AS_JMS, "LA");
        exchange.getMessage().setHeader(BloHeaders.FROM_NODE, "LA");
        exchange.getMessage().setHeader(BloHeaders.KIND, BloHeaders.REGISTRY_KIND);
        return exchange;
    }
}
