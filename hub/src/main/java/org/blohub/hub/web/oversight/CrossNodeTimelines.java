package org.blohub.hub.web.oversight;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;

/**
 * Builds a message's timeline across nodes: this node's events, and those of every other node that serves an
 * office the message was from or to, fetched from that node's audit API.
 */
final class CrossNodeTimelines {

    private final MessageTimeline here;
    private final PeerTimelineFetch peers;
    private final NetworkRegistry registry;
    private final String nodeName;

    CrossNodeTimelines(MessageTimeline here, PeerTimelineFetch peers, NetworkRegistry registry, String nodeName) {
        this.here = here;
        this.peers = peers;
        this.registry = registry;
        this.nodeName = nodeName;
    }

    /** Empty rows when this node recorded nothing about the message; peers are then not asked. */
    CrossNodeTimeline of(String messageId) {
        List<TimelineEntry> entries = here.of(messageId);
        if (entries.isEmpty()) {
            return new CrossNodeTimeline(List.of(), List.of());
        }
        List<TimelineRow> ownRows = entries.stream()
                .map(entry -> new TimelineRow(nodeName, entry, TimelineRow.RowCheck.THIS_NODE))
                .toList();
        Map<String, String> receiptKinds = here.receiptKinds(messageId);
        List<PeerPart> peerParts = entries.stream()
                .flatMap(entry -> Stream.concat(entry.fromOffice().stream(), entry.toOffices().stream()))
                .distinct()
                .map(registry::nodeOf)
                .flatMap(node -> node.map(NetworkNode::name).stream())
                .filter(name -> !Objects.equals(name, nodeName))
                .distinct()
                .sorted()
                .map(peer -> peers.fetch(peer, messageId, receiptKinds))
                .toList();
        return CrossNodeTimeline.merge(ownRows, peerParts);
    }
}
