package org.blohub.hub.metrics;

import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/** Logs when a peer link starts and stops being STALLED, so the operator's log names the link and the wait. */
final class LinkStallWatch {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStallWatch.class);

    private final PeerLinkStates links;
    private final Set<String> stalled = new HashSet<>();

    LinkStallWatch(PeerLinkStates links) {
        this.links = links;
    }

    @Scheduled(fixedDelayString = "${blo.links.stall-check-interval:30s}")
    void check() {
        try {
            for (PeerLinkStates.PeerLinkState link : links.current()) {
                boolean isStalled = link.state() == PeerLinkStates.State.STALLED;
                if (isStalled && stalled.add(link.peer())) {
                    LOG.warn("BLO-LNK-001 link to {} stalled: the bridge is connected but the oldest of the messages "
                            + "waiting for {} has waited {} s (limit {} s, blo.links.stall-after); {} in the broker "
                            + "queue. Check that the peer node runs and consumes.", link.peer(), link.peer(),
                            link.oldestWait().orElseThrow().toSeconds(), links.stallAfter().toSeconds(),
                            link.queuedMessages());
                } else if (!isStalled && stalled.remove(link.peer())) {
                    LOG.info("BLO-LNK-002 link to {} is {} again", link.peer(), link.state());
                }
            }
        } catch (DataAccessException e) {
            LOG.warn("BLO-LNK-003 cannot read the outbox to check the peer links for stalls", e);
        }
    }
}
