package org.blohub.hub.web.oversight;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A message's timeline across both nodes: this node's rows and every peer's rows in one list ordered by event
 * time; rows of the same time keep this node first, then peers by name, each in its log's order.
 */
record CrossNodeTimeline(List<TimelineRow> rows, List<PeerPart> peers) {

    private static final Comparator<TimelineRow> ORDER = Comparator
            .comparing((TimelineRow row) -> row.entry().time())
            .thenComparing(row -> row.check() != TimelineRow.RowCheck.THIS_NODE)
            .thenComparing(TimelineRow::node)
            .thenComparingLong(row -> row.entry().index());

    CrossNodeTimeline {
        rows = List.copyOf(rows);
        peers = List.copyOf(peers);
    }

    static CrossNodeTimeline merge(List<TimelineRow> here, List<PeerPart> peers) {
        List<TimelineRow> rows = Stream.concat(here.stream(), peers.stream().flatMap(peer -> peer.rows().stream()))
                .sorted(ORDER)
                .toList();
        return new CrossNodeTimeline(rows, peers);
    }
}
