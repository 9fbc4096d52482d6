package org.blohub.hub.broker;

import java.util.List;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.cluster.Bridge;

/** Reads, from a running broker, whether each bridge is connected and how many messages wait for it. */
final class LinkHealthProbe {

    private final BrokerSettings settings;

    LinkHealthProbe(BrokerSettings settings) {
        this.settings = settings;
    }

    BrokerHealth stopped() {
        return new BrokerHealth(settings.nodeName(), false, List.of());
    }

    BrokerHealth probe(ActiveMQServer server) {
        if (!server.isActive()) {
            return stopped();
        }
        List<PeerLinkHealth> links = settings.peers().stream()
                .map(peer -> linkTo(server, peer))
                .toList();
        return new BrokerHealth(settings.nodeName(), true, links);
    }

    private static PeerLinkHealth linkTo(ActiveMQServer server, Peer peer) {
        Bridge bridge = server.getClusterManager().getBridges().get(NodeBrokerConfiguration.bridgeName(peer));
        Queue outbound = server.locateQueue(SimpleString.of(BrokerAddresses.outboundTo(peer.nodeName())));
        boolean connected = bridge != null && bridge.isConnected();
        long queued = outbound == null ? 0 : outbound.getMessageCount();
        return new PeerLinkHealth(peer.nodeName(), connected, queued);
    }
}
