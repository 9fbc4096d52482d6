package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.Optional;

/**
 * The audit relationship with one peer node.
 *
 * @param latestCosigned        whether the peer cosigned this node's latest checkpoint
 * @param largestCosignedSize   the largest tree size of this node's checkpoints the peer cosigned, 0 if none
 * @param witnessedSize         the largest checkpoint of the peer's log this node cosigned
 * @param forkAlarm             why this node distrusts the peer's log (BLO-AUD-010), if it does
 */
record PeerAuditRow(String peer, String peerLog, boolean latestCosigned, long largestCosignedSize,
        Optional<Long> witnessedSize, Optional<Instant> witnessedAt, Optional<String> forkAlarm) {
}
