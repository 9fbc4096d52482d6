package org.blohub.hub.web.oversight;

import java.time.Duration;
import java.util.Optional;

/**
 * One peer link as the administrator sees it.
 *
 * @param queuedMessages    messages waiting in the broker's outbound queue for the peer
 * @param oldestQueuedAge   how long the oldest message for the peer's offices has been waiting to be sent
 */
record PeerLinkRow(String peer, boolean up, long queuedMessages, Optional<Duration> oldestQueuedAge) {
}
