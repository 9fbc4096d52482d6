package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExternalBrokerSettingsTest {

    private static final Pkcs12Store TRUST = new Pkcs12Store(Path.of("truststore.p12"), "store-secret");

    @Test
    void refusesAMissingHostUserOrPasswordNamingWhatIsMissing() {
        assertThatThrownBy(() -> settings(" ", "node-TH", "app-secret", List.of("LA")))
                .hasMessage("node TH: external broker host is not set");
        assertThatThrownBy(() -> settings("broker.th", null, "app-secret", List.of("LA")))
                .hasMessage("node TH: external broker user is not set");
        assertThatThrownBy(() -> settings("broker.th", "node-TH", "", List.of("LA")))
                .hasMessage("node TH: external broker password is not set");
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> new ExternalBrokerSettings("TH", "broker.th", 0, Optional.empty(), TRUST, "node-TH",
                "app-secret", List.of("LA"), LinkRetry.DEFAULT))
                .hasMessageContaining("external broker port out of range: 0");
    }

    @Test
    void refusesThisNodeAsItsOwnPeer() {
        assertThatThrownBy(() -> settings("broker.th", "node-TH", "app-secret", List.of("LA", "TH")))
                .hasMessageContaining("cannot be its own peer");
    }

    @Test
    void neverShowsThePasswords() {
        String shown = settings("broker.th", "node-TH", "app-secret", List.of("LA")).toString();

        assertThat(shown).contains("broker.th:61716", "node-TH", "LA").doesNotContain("app-secret", "store-secret");
    }

    private static ExternalBrokerSettings settings(String host, String user, String password, List<String> peers) {
        return new ExternalBrokerSettings("TH", host, 61716, Optional.empty(), TRUST, user, password, peers,
                LinkRetry.DEFAULT);
    }
}
