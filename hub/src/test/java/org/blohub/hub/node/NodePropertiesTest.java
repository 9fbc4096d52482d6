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

    private static NodeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("blo.node", NodeProperties.class).get();
    }
}
