package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The crash window of a submission: the message row and SUBMITTED event committed, the broker send
 * never happened. The outbox relay sends it, and LA delivers it exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayIT {

    @TempDir
    static Path directory;

    private TwoNodes nodes;

    @BeforeAll
    void startNodes() throws Exception {
        nodes = new TwoNodes(directory, Map.of("blo.outbox.relay-interval", "1s", "blo.outbox.grace-period", "2s"))
                .start();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void aSubmissionCommittedButNeverSentIsRelayedAndDeliveredOnce() throws Exception {
        String id = recordWithoutSending(nodes.th);
        MessageStore thMessages = nodes.th.getBean(MessageStore.class);
        assertThat(thMessages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                .isEqualTo(MessageStatus.QUEUED);

        await().atMost(TwoNodes.PATIENCE).untilAsserted(() ->
                assertThat(thMessages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                        .isEqualTo(MessageStatus.DELIVERED));

        assertThat(thMessages.notHandedToBroker(Instant.now().plusSeconds(60), 100))
                .extracting(message -> message.summary().header().messageId())
                .doesNotContain(id);
        TwoNodes.Response inbox = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/inbox", null);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(TwoNodeExchangeIT.countOf(inbox.json(), id)).isEqualTo(1);
        JsonNode received = nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "GET", "/api/messages/" + id, null).json();
        assertThat(received.at("/content/subject").asString()).isEqualTo("Relayed after a crash");
    }

    @Test
    void aNormalSubmissionIsMarkedHandedToTheBrokerBeforeItIsAccepted() {
        String id = nodes.submitThToLa("Sent the normal way");

        assertThat(nodes.th.getBean(MessageStore.class).notHandedToBroker(Instant.now().plusSeconds(60), 100))
                .extracting(message -> message.summary().header().messageId())
                .doesNotContain(id);
    }

    /** The outbound route up to and including its database commit, as a crash right after it leaves it. */
    private static String recordWithoutSending(ConfigurableApplicationContext th) throws Exception {
        MessageIds ids = new MessageIds(Clock.systemUTC(), new SecureRandom());
        LiaisonMessage message = LiaisonMessage.builder().id(ids.next()).conversationId(ids.next())
                .from("TH-CHIANGKHONG").to("LA-HOUAYXAY")
                .kind(MessageKind.REQUEST).priority(Priority.FLASH).handling(Handling.of(HandlingCode.H2))
                .createdAt(Instant.now()).language("en").subject("Relayed after a crash")
                .body("Did pickup 1AB-2345 cross in the last 48 hours?")
                .build();
        Exchange exchange = new DefaultExchange(th.getBean(CamelContext.class));
        exchange.getMessage().setBody(Submission.of(message, "TH-CHIANGKHONG-system"));
        th.getBean(ValidateStep.class).process(exchange);
        th.getBean(AuthorizeStep.class).process(exchange);
        th.getBean(SealStep.class).process(exchange);
        th.getBean(RecordStep.class).process(exchange);
        return message.id();
    }
}
