package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.core.io.aio.AIOSequentialFileFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The broker on a journal other than the default NIO: what it keeps across a restart, and what it falls back to. */
class JournalTypeIT {

    @TempDir
    Path directory;

    private TwoNodeNetwork network;
    private NodeBroker thailand;

    @BeforeEach
    void createNetwork() {
        network = new TwoNodeNetwork(directory);
    }

    @AfterEach
    void stop() {
        if (thailand != null) {
            thailand.close();
        }
        network.close();
    }

    @ParameterizedTest
    @EnumSource(value = JournalType.class, names = {"MAPPED", "ASYNCIO"})
    void keepsAPersistentMessageAcrossARestart(JournalType journal) throws Exception {
        assumeThat(journal != JournalType.ASYNCIO || AIOSequentialFileFactory.isSupported())
                .as("libaio is loadable on this machine").isTrue();
        thailand = thailandOn(journal);
        thailand.start();
        assertThat(thailand.journalInUse()).contains(journal);
        try (ApplicationClient client = new ApplicationClient(thailand)) {
            ClientMessage message = client.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000060");
            client.send(BrokerAddresses.INBOUND, message);
        }

        thailand.stop();
        thailand.start();

        try (ApplicationClient client = new ApplicationClient(thailand)) {
            ClientMessage kept = client.receive(BrokerAddresses.INBOUND, Duration.ofSeconds(5)).orElseThrow();
            assertThat(kept.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000060");
        }
        assertThat(thailand.journalInUse()).contains(journal);
    }

    @Test
    void keepsAMessageStoredOnTheNioJournalWhenRestartedOnTheMappedJournalAndBack() throws Exception {
        thailand = thailandOn(JournalType.NIO);
        thailand.start();
        try (ApplicationClient client = new ApplicationClient(thailand)) {
            for (String id : new String[] {"01JD0000000000000000000061", "01JD0000000000000000000062"}) {
                ClientMessage message = client.newMessage();
                message.putStringProperty("bloMessageId", id);
                client.send(BrokerAddresses.INBOUND, message);
            }
        }
        thailand.stop();

        thailand = thailandOn(JournalType.MAPPED);
        thailand.start();
        try (ApplicationClient client = new ApplicationClient(thailand)) {
            ClientMessage first = client.receive(BrokerAddresses.INBOUND, Duration.ofSeconds(5)).orElseThrow();
            assertThat(first.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000061");
        }
        thailand.stop();

        thailand = thailandOn(JournalType.NIO);
        thailand.start();
        try (ApplicationClient client = new ApplicationClient(thailand)) {
            ClientMessage second = client.receive(BrokerAddresses.INBOUND, Duration.ofSeconds(5)).orElseThrow();
            assertThat(second.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000062");
            assertThat(client.receive(BrokerAddresses.INBOUND, Duration.ofMillis(300))).isEmpty();
        }
    }

    @Test
    void fallsBackToNioAndWarnsWhyWhenAsyncioIsAskedForWithoutLibaio() {
        assumeThat(AIOSequentialFileFactory.isSupported()).as("libaio is not loadable on this machine").isFalse();
        Logger log = (Logger) LoggerFactory.getLogger(NodeBroker.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            thailand = thailandOn(JournalType.ASYNCIO);
            thailand.start();
        } finally {
            log.detachAppender(lines);
        }

        assertThat(thailand.isStarted()).isTrue();
        assertThat(thailand.journalInUse()).contains(JournalType.NIO);
        assertThat(lines.list).map(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                .startsWith("BLO-BRK-023 node TH: broker journal is NIO, not the configured ASYNCIO")
                .contains("libaio cannot be loaded", "libaio1", "libartemis-native-64.so", "java.library.path"));
    }

    @Test
    void saysNoJournalIsInUseWhileStopped() {
        thailand = thailandOn(JournalType.MAPPED);

        assertThat(thailand.journalInUse()).isEmpty();
    }

    private NodeBroker thailandOn(JournalType journalType) {
        BrokerSettings th = network.thSettings;
        BrokerSettings settings = new BrokerSettings(th.nodeName(), th.dataDirectory(), th.tlsHost(), th.tlsPort(),
                th.keyStore(), th.trustStore(), th.peers(), th.linkRetry(), journalType);
        return new NodeBroker(settings, PinnedPeerCertificates.of(Map.of("LA", network.laTls.certificate())));
    }
}
