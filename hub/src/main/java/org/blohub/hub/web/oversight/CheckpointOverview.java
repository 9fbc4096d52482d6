package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * This node's latest signed checkpoint and, per peer, the cosignatures and witnessing between them.
 *
 * @param treeSize the latest checkpoint's tree size, empty before the first checkpoint
 */
record CheckpointOverview(String log, Optional<Long> treeSize, Optional<Instant> signedAt, List<PeerAuditRow> peers) {

    CheckpointOverview {
        peers = List.copyOf(peers);
    }

    public boolean anyForkAlarm() {
        return peers.stream().anyMatch(peer -> peer.forkAlarm().isPresent());
    }
}
