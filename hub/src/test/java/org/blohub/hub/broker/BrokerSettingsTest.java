package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private static final Pkcs12Store KEYS = new Pkcs12Store(Path.of("th.p12"), "secret-one");
    private static final Pkcs12Store TRUST = new Pkcs12Store(Path.of("trust.p12"), "secret-two");

    private static BrokerSettings thailandWith(List<Peer> peers) {
        return new BrokerSettings("TH", Path.of("data"), "127.0.0.1", 61617, KEYS, TRUST, peers);
    }

    @Test
    void usesTheDefaultLinkRetryOfOneSecondDoublingUpToThirtySeconds() {
        BrokerSettings settings = thailandWith(List.of(new Peer("LA", "la.example", 61617)));

        assertThat(settings.linkRetry())
                .isEqualTo(new LinkRetry(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30)));
    }

    @Test
    void refusesANodeThatIsItsOwnPeer() {
        assertThatThrownBy(() -> thailandWith(List.of(new Peer("TH", "th.example", 61617))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be its own peer");
    }

    @Test
    void refusesAPeerListedTwice() {
        assertThatThrownBy(() -> thailandWith(List.of(new Peer("LA", "a.example", 1), new Peer("LA", "b.example", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peer listed twice: LA");
    }

    @Test
    void refusesNodeNamesThatWouldBeWildcardsOrSeparatorsInAQueueName() {
        for (String name : List.of("la", "L.A", "LA#", "L*", "", "A")) {
            assertThatThrownBy(() -> new Peer(name, "la.example", 61617))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void namesTheOutboundQueueAfterThePeer() {
        assertThat(BrokerAddresses.outboundTo("LA")).isEqualTo("blo.outbound.LA");
    }

    @Test
    void hidesStorePasswordsWhenPrinted() {
        assertThat(thailandWith(List.of()).toString()).doesNotContain("secret-one", "secret-two");
        assertThat(new ApplicationCredentials("node-TH", "secret-three").toString()).doesNotContain("secret-three");
    }

    @Test
    void refusesARetryThatWouldShrink() {
        assertThatThrownBy(() -> new LinkRetry(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkRetry(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
