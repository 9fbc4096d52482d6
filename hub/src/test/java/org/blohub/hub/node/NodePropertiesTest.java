package org.blohub.hub.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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

    @Test
    void bindsAnOfficesTokenSettingsWrittenInKebabCase() {
        NodeProperties properties = bind(Map.of("blo.node.name", "TH",
                "blo.node.offices[0].id", "TH-CHIANGKHONG",
                "blo.node.offices[0].keys.pkcs11.library", "/usr/lib/softhsm/libsofthsm2.so",
                "blo.node.offices[0].keys.pkcs11.slot", "1619115673",
                "blo.node.offices[0].keys.pkcs11.pin-file", "/etc/blohub/token-pin",
                "blo.node.offices[0].keys.pkcs11.signing-label", "ck-sign"));

        NodeProperties.HostedOffice office = properties.offices().get(0);
        assertThat(office.id()).isEqualTo("TH-CHIANGKHONG");
        TokenSettings token = office.keys().token().orElseThrow();
        assertThat(token.library()).isEqualTo(Path.of("/usr/lib/softhsm/libsofthsm2.so"));
        assertThat(token.slot()).isEqualTo(1_619_115_673L);
        assertThat(token.pinFile()).isEqualTo(Path.of("/etc/blohub/token-pin"));
        assertThat(token.signingLabel("TH-CHIANGKHONG")).isEqualTo("ck-sign");
        assertThat(token.encryptionLabel("TH-CHIANGKHONG")).isEqualTo("TH-CHIANGKHONG-encryption");
    }

    @Test
    void keepsEveryOfficesKeysInFilesWhenNoOfficeIsListed() {
        assertThat(bind(Map.of("blo.node.name", "TH")).offices()).isEmpty();
    }

    private static NodeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("blo.node", NodeProperties.class).get();
    }
}
