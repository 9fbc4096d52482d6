package org.blohub.hub.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.PeerLinkHealth;

/**
 * Whether each peer link moves. A bridge can stay connected to a peer whose process is stopped (its TCP port still
 * open, or its routes stopped), so "connected" alone hides a stall: a connected link whose oldest message still
 * without the peer's DELIVERED receipt (QUEUED or SENT) has waited longer than the stall limit is STALLED.
 */
public final class PeerLinkStates {

    /** UP: connected and moving; STALLED: connected, but a message has waited past the limit; DOWN: not connected. */
    public enum State { UP, STALLED, DOWN }

    /** One link: its state, the messages waiting in the broker for the peer, and the oldest unconfirmed wait if any. */
    public record PeerLinkState(String peer, State state, long queuedMessages, Optional<Duration> oldestWait) {
    }

    private final ApplicationBroker broker;
    private final OutboxBacklog backlog;
    private final Duration stallAfter;

    PeerLinkStates(ApplicationBroker broker, OutboxBacklog backlog, Duration stallAfter) {
        this.broker = broker;
        this.backlog = backlog;
        this.stallAfter = stallAfter;
    }

    public Duration stallAfter() {
        return stallAfter;
    }

    public List<PeerLinkState> current() {
        return current(broker.health());
    }

    /** The links of a broker health reading the caller already has. */
    public List<PeerLinkState> current(BrokerHealth health) {
        Map<String, Duration> oldestWaits = backlog.oldestUnconfirmedByPeer();
        return health.links().stream()
                .map(link -> state(link, Optional.ofNullable(oldestWaits.get(link.peerNodeName()))))
                .toList();
    }

    PeerLinkState state(PeerLinkHealth link, Optional<Duration> oldestWait) {
        State state = !link.connected() ? State.DOWN
                : oldestWait.filter(wait -> wait.compareTo(stallAfter) > 0).isPresent() ? State.STALLED : State.UP;
        return new PeerLinkState(link.peerNodeName(), state, link.queuedMessages(), oldestWait);
    }
}
