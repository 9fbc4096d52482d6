package org.blohub.hub.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.PeerLinkHealth;
import org.blohub.hub.metrics.PeerLinkStates;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;

class PeerLinksHealthIndicatorTest {

    private final ApplicationBroker broker = mock(ApplicationBroker.class);
    private final PeerLinkStates links = mock(PeerLinkStates.class);
    private final PeerLinksHealthIndicator indicator = new PeerLinksHealthIndicator(broker, links);

    @Test
    void eachPeerLinkIsReportedWithItsStateQueueAndOldestWait() {
        BrokerHealth health = new BrokerHealth("TH", true, List.of(new PeerLinkHealth("LA", true, 3)));
        when(broker.health()).thenReturn(health);
        when(links.current(health)).thenReturn(List.of(new PeerLinkStates.PeerLinkState("LA",
                PeerLinkStates.State.STALLED, 3, Optional.of(Duration.ofMinutes(6)))));

        Health reported = indicator.health();

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getDetails()).containsEntry("peers",
                Map.of("LA", Map.of("link", "STALLED", "queued", 3L, "oldestWaitingSeconds", 360L)));
    }

    @Test
    void whileTheDatabaseCannotBeReadTheBrokerIsStillReportedAndThePeersAreUnknown() {
        when(broker.health()).thenReturn(new BrokerHealth("TH", true, List.of(new PeerLinkHealth("LA", true, 0))));
        when(links.current(any(BrokerHealth.class)))
                .thenThrow(new DataAccessResourceFailureException("The database has been closed"));

        Health reported = indicator.health();

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getDetails()).containsEntry("node", "TH");
        assertThat((String) reported.getDetails().get("peers")).startsWith("unknown: the node's database cannot be read");
    }
}
