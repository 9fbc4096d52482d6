package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeBrokerConfigurationTest {

    private static final Pkcs12Store KEYS = new Pkcs12Store(Path.of("th.p12"), "secret-one");
    private static final Pkcs12Store TRUST = new Pkcs12Store(Path.of("trust.p12"), "secret-two");

    @ParameterizedTest
    @EnumSource(JournalType.class)
    void givesArtemisTheConfiguredJournalType(JournalType journalType) {
        BrokerSettings settings = new BrokerSettings("TH", Path.of("data"), "127.0.0.1", 61617, KEYS, TRUST,
                List.of(), LinkRetry.DEFAULT, journalType);

        assertThat(NodeBrokerConfiguration.build(settings, 1, "cluster-secret", Set.of()).getJournalType()).isEqualTo(journalType);
    }

    @Test
    void usesTheNioJournalWhenNoneIsConfigured() {
        BrokerSettings settings = new BrokerSettings("TH", Path.of("data"), "127.0.0.1", 61617, KEYS, TRUST, List.of());

        assertThat(NodeBrokerConfiguration.build(settings, 1, "cluster-secret", Set.of()).getJournalType())
                .isEqualTo(JournalType.NIO);
    }
}
