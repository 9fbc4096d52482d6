package org.blohub.hub.broker;

import java.util.List;

/**
 * What a node's broker reports for the health endpoint.
 *
 * @param nodeName this node
 * @param started  whether the broker is started and active
 * @param links    one entry per configured peer; empty while the broker is stopped
 */
public record BrokerHealth(String nodeName, boolean started, List<PeerLinkHealth> links) {

    public BrokerHealth {
        links = List.copyOf(links);
    }

    /** Started, and every bridge connected. */
    public boolean allLinksUp() {
        return started && links.stream().allMatch(PeerLinkHealth::connected);
    }
}
