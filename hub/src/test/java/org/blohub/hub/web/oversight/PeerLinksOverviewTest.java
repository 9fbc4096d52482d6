package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.hub.web.oversight.OversightData.CHIANG_KHONG;
import static org.blohub.hub.web.oversight.OversightData.HOUAYXAY;
import static org.blohub.hub.web.oversight.OversightData.MAE_SAI;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.broker.BrokerHealth;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.broker.PeerLinkHealth;
import org.blohub.hub.registry.NetworkRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class PeerLinksOverviewTest {

    private static final Instant NOW = Instant.parse("2026-03-14T14:30:00Z");

    private SingleConnectionDataSource dataSource;
    private OversightData data;
    private final NodeBroker broker = mock(NodeBroker.class);
    private final NetworkRegistry registry = TestRegistry.of(NOW, TestRegistry.auditKeys("TH"),
            TestRegistry.auditKeys("LA"));

    @BeforeEach
    void freshDatabase() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private PeerLinksOverview.Links read() {
        return new PeerLinksOverview(broker, dataSource, registry, Clock.fixed(NOW, ZoneOffset.UTC)).read();
    }

    @Test
    void showsEachLinkWithItsQueueAndHowLongTheOldestMessageStillQueuedForThePeerHasWaited() {
        when(broker.health()).thenReturn(new BrokerHealth("TH", true, List.of(new PeerLinkHealth("LA", false, 2))));
        data.message("OUTBOUND", CHIANG_KHONG, List.of(HOUAYXAY), NOW.minus(Duration.ofHours(6)), "SENT",
                Optional.empty());
        data.message("OUTBOUND", CHIANG_KHONG, List.of(HOUAYXAY), NOW.minus(Duration.ofMinutes(90)), "QUEUED",
                Optional.empty());
        data.message("OUTBOUND", CHIANG_KHONG, List.of(HOUAYXAY), NOW.minus(Duration.ofMinutes(5)), "QUEUED",
                Optional.empty());
        data.message("OUTBOUND", MAE_SAI, List.of(CHIANG_KHONG), NOW.minus(Duration.ofHours(9)), "QUEUED",
                Optional.empty());

        PeerLinksOverview.Links links = read();

        assertThat(links.node()).isEqualTo("TH");
        assertThat(links.brokerStarted()).isTrue();
        assertThat(links.peers()).containsExactly(
                new PeerLinkRow("LA", false, 2, Optional.of(Duration.ofMinutes(90))));
    }

    @Test
    void showsNothingWaitingWhenNoMessageIsQueuedForThePeer() {
        when(broker.health()).thenReturn(new BrokerHealth("TH", true, List.of(new PeerLinkHealth("LA", true, 0))));
        data.message("OUTBOUND", CHIANG_KHONG, List.of(HOUAYXAY), NOW.minus(Duration.ofHours(1)), "DELIVERED",
                Optional.of(NOW));

        assertThat(read().peers()).containsExactly(new PeerLinkRow("LA", true, 0, Optional.empty()));
    }
}
