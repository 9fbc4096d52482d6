package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NodePropertiesTest {

    @Test
    void usesTheNioJournalUnlessTheBrokerJournalTypeIsSet() {
        assertThat(bind(Map.of("blo.node.name", "TH")).broker().journalType()).isEqualTo(JournalType.NIO);
    }

    @Test
    void bindsTheBrokerJournalTypeWrittenInAnyCase() {
        NodeProperties properties = bind(Map.of("blo.node.name", "TH", "blo.node.broker.journal-type", "asyncio"));

        assertThat(properties.broker().journalType()).isEqualTo(JournalType.ASYNCIO);
    }

    @Test
    void refusesAnUnknownJournalTypeNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("blo.node.name", "TH", "blo.node.broker.journal-type", "aio")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("blo.node.broker.journal-type");
    }

    @Test
    void embedsTheBrokerUnlessTheBrokerModeIsSet() {
        assertThat(bind(Map.of("blo.node.name", "TH")).broker().mode()).isEqualTo(NodeProperties.BrokerMode.EMBEDDED);
    }

    @Test
    void bindsAnExternalBrokerAndNeverShowsItsPassword() {
        NodeProperties properties = bind(Map.of("blo.node.name", "TH", "blo.node.broker.mode", "external",
                "blo.node.broker.external.host", "broker.th.example", "blo.node.broker.external.port", "61716",
                "blo.node.broker.external.user", "node-TH", "blo.node.broker.external.password", "s3cret-value"));

        assertThat(properties.broker().mode()).isEqualTo(NodeProperties.BrokerMode.EXTERNAL);
        NodeProperties.External external = properties.broker().external();
        assertThat(external.host()).isEqualTo("broker.th.example");
        assertThat(external.port()).isEqualTo(61716);
        assertThat(external.user()).isEqualTo("node-TH");
        assertThat(external.password()).isEqualTo("s3cret-value");
        assertThat(properties.toString()).doesNotContain("s3cret-value");
    }

    @Test
    void refusesAnUnknownBrokerModeNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("blo.node.name", "TH", "blo.node.broker.mode", "cluster")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("blo.node.broker.mode");
    }

    private static NodeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("blo.node", NodeProperties.class).get();
    }
}
