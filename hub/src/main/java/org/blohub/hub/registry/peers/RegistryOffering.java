package org.blohub.hub.registry.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.registry.NetworkRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the registry this node runs on to each peer once per serial: after the node starts, after it applied a newer
 * registry, and again to a peer found to run on an older one. A peer whose link is down is offered it once the link is
 * up, so that offers never wait in the outbound queues among messages. The peer checks it as it checks its own
 * registry file.
 */
final class RegistryOffering extends BackgroundJob {

    static final String OFFERED = "BLO-REG-010";
    static final String NOT_OFFERED = "BLO-REG-013";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryOffering.class);

    private final NetworkRegistry registry;
    private final Path registryFile;
    private final Path signatureFile;
    private final List<String> peers;
    private final String nodeName;
    private final ProducerTemplate producer;
    private final Predicate<String> linkUp;
    private final Map<String, Long> offeredSerials = new ConcurrentHashMap<>();

    RegistryOffering(NetworkRegistry registry, Path registryFile, Path signatureFile, List<String> peers,
            String nodeName, ProducerTemplate producer, Predicate<String> linkUp, Duration interval) {
        super("registry-offers", interval, interval);
        this.registry = registry;
        this.registryFile = registryFile;
        this.signatureFile = signatureFile;
        this.peers = List.copyOf(peers);
        this.nodeName = nodeName;
        this.producer = producer;
        this.linkUp = linkUp;
    }

    /** The peer runs on an older registry than this node: offer it this node's at the next run. */
    void reofferTo(String peer) {
        offeredSerials.remove(peer);
    }

    @Override
    protected void runOnce() {
        long serial = registry.serial();
        List<String> due = peers.stream()
                .filter(peer -> offeredSerials.getOrDefault(peer, -1L) != serial)
                .filter(linkUp)
                .toList();
        if (due.isEmpty()) {
            return;
        }
        byte[] offer;
        try {
            offer = new RegistryOffer(Files.readAllBytes(registryFile), Files.readAllBytes(signatureFile)).encoded();
        } catch (IOException e) {
            LOG.warn("{} cannot read the registry files to offer them to {}: {}", NOT_OFFERED, due, e.toString());
            return;
        }
        for (String peer : due) {
            try {
                offer(peer, serial, offer);
                offeredSerials.put(peer, serial);
                LOG.info("{} offered registry serial {} to peer {}", OFFERED, serial, peer);
            } catch (CamelExecutionException e) {
                LOG.warn("{} cannot offer registry serial {} to peer {} ({}); next try in {}", NOT_OFFERED, serial,
                        peer, e.getCause() == null ? e.getMessage() : e.getCause().toString(), interval());
            }
        }
    }

    private void offer(String peer, long serial, byte[] offer) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
        headers.put(BloHeaders.KIND, BloHeaders.REGISTRY_KIND);
        headers.put(BloHeaders.FROM_NODE, nodeName);
        headers.put(BloHeaders.TO_NODE, peer);
        headers.put(BloHeaders.REGISTRY_SERIAL, serial);
        producer.sendBodyAndHeaders("jms:queue:" + BrokerAddresses.outboundTo(peer) + "?jmsMessageType=Bytes", offer,
                headers);
    }
}
