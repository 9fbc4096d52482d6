package org.blohub.hub.metrics;

import java.util.Collection;
import java.util.List;

import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;

/** The node names that label per-peer metrics: the node hosting an office, and the peers this node links to. */
final class PeerNodes {

    static final String UNKNOWN = "unknown";

    private final NetworkRegistry registry;
    private final List<String> linkedPeers;

    PeerNodes(NetworkRegistry registry, String self, List<String> configuredPeers) {
        this.registry = registry;
        this.linkedPeers = registry.nodes().stream()
                .map(NetworkNode::name)
                .filter(node -> !node.equals(self))
                .filter(node -> configuredPeers.isEmpty() || configuredPeers.contains(node))
                .toList();
    }

    /** The peers this node bridges to, as the broker configuration chooses them. */
    List<String> linked() {
        return linkedPeers;
    }

    String nodeOf(String officeId) {
        return registry.nodeOf(officeId).map(NetworkNode::name).orElse(UNKNOWN);
    }

    List<String> nodesOf(Collection<String> officeIds) {
        return officeIds.stream().map(this::nodeOf).distinct().toList();
    }

    String domain() {
        return registry.domain();
    }
}
