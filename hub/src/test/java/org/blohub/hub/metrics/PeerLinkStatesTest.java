package org.blohub.hub.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.PeerLinkHealth;
import org.junit.jupiter.api.Test;

class PeerLinkStatesTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final ApplicationBroker broker = mock(ApplicationBroker.class);
    private final OutboxBacklog backlog = mock(OutboxBacklog.class);
    private final PeerLinkStates states = new PeerLinkStates(broker, backlog, LIMIT);

    @Test
    void aConnectedLinkWhoseOldestMessageWaitedPastTheLimitIsStalled() {
        links(new PeerLinkHealth("LA", true, 7));
        when(backlog.oldestUnconfirmedByPeer()).thenReturn(Map.of("LA", LIMIT.plusSeconds(1)));

        assertThat(states.current()).singleElement().satisfies(link -> {
            assertThat(link.state()).isEqualTo(PeerLinkStates.State.STALLED);
            assertThat(link.queuedMessages()).isEqualTo(7);
            assertThat(link.oldestWait()).contains(LIMIT.plusSeconds(1));
        });
    }

    @Test
    void aConnectedLinkWithNothingWaitingOrWaitingWithinTheLimitIsUp() {
        links(new PeerLinkHealth("LA", true, 0), new PeerLinkHealth("MM", true, 2));
        when(backlog.oldestUnconfirmedByPeer()).thenReturn(Map.of("MM", LIMIT));

        assertThat(states.current()).extracting(PeerLinkStates.PeerLinkState::state)
                .containsExactly(PeerLinkStates.State.UP, PeerLinkStates.State.UP);
        assertThat(states.current().get(0).oldestWait()).isEqualTo(Optional.empty());
    }

    @Test
    void aLinkThatIsNotConnectedIsDownHoweverLongItsMessagesWaited() {
        links(new PeerLinkHealth("LA", false, 3));
        when(backlog.oldestUnconfirmedByPeer()).thenReturn(Map.of("LA", Duration.ofHours(3)));

        assertThat(states.current()).singleElement()
                .satisfies(link -> assertThat(link.state()).isEqualTo(PeerLinkStates.State.DOWN));
    }

    private void links(PeerLinkHealth... links) {
        when(broker.health()).thenReturn(new BrokerHealth("TH", true, List.of(links)));
    }
}
