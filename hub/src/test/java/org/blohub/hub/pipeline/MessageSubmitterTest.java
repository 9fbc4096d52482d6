package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * What a caller is told when the outbound route fails for a reason that is not the message's fault:
 * before the message was stored nothing was accepted; after, the outbox relay will send it. A disk below its
 * reserve refuses the message before the route runs.
 */
class MessageSubmitterTest {

    private static final Processor STORED = exchange -> exchange.setProperty(SubmissionResult.MESSAGE_ID,
            exchange.getMessage().getBody(Submission.class).message().id());
    private static final Processor FAILS = exchange -> {
        throw new IllegalStateException("connection refused");
    };

    private final LiaisonMessage message = message();
    private final List<Object> published = new ArrayList<>();
    private CamelContext camel;

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aFailureBeforeTheMessageIsStoredIsNotAcceptedAndSaysToSubmitAgain() throws Exception {
        MessageSubmitter submitter = submitterWhoseRoute(FAILS);

        assertThatThrownBy(() -> submitter.submit(Submission.of(message, "TH-CHIANGKHONG-system")))
                .isInstanceOfSatisfying(SubmissionFailedException.class, failed -> {
                    assertThat(failed.messageId()).isEqualTo(message.id());
                    assertThat(failed.getMessage()).contains(message.id(), "was not accepted", "submit it again");
                    assertThat(failed.getCause()).hasMessage("connection refused");
                });
        assertThat(published).isEmpty();
    }

    @Test
    void aFailureAfterTheMessageIsStoredIsAcceptedForTheOutboxRelay() throws Exception {
        MessageSubmitter submitter = submitterWhoseRoute(STORED, FAILS);

        SubmissionResult result = submitter.submit(Submission.of(message, "TH-CHIANGKHONG-system"));

        assertThat(result.messageId()).isEqualTo(message.id());
        assertThat(published).containsExactly(new MessageSubmitted(message.id()));
    }

    @Test
    void aNearlyFullDiskRefusesTheMessageBeforeTheRouteRuns() throws Exception {
        List<String> routed = new ArrayList<>();
        MessageSubmitter submitter = submitter(new DiskSpaceGuard(Path.of("."), DataSize.ofTerabytes(1_000_000)),
                exchange -> routed.add("ran"));

        assertThatThrownBy(() -> submitter.submit(Submission.of(message, "TH-CHIANGKHONG-system")))
                .isInstanceOfSatisfying(SubmissionFailedException.class, failed -> assertThat(failed.getMessage())
                        .contains(message.id(), "disk is nearly full", "MB free", "submit it again later"));
        assertThat(routed).isEmpty();
        assertThat(published).isEmpty();
    }

    private MessageSubmitter submitterWhoseRoute(Processor... steps) throws Exception {
        return submitter(new DiskSpaceGuard(Path.of("."), DataSize.ofBytes(0)), steps);
    }

    private MessageSubmitter submitter(DiskSpaceGuard diskSpace, Processor... steps) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                var route = from(OutboundRoute.ENDPOINT);
                for (Processor step : steps) {
                    route.process(step);
                }
            }
        });
        camel.start();
        return new MessageSubmitter(camel.createProducerTemplate(), null, published::add, diskSpace);
    }

    private static LiaisonMessage message() {
        MessageIds ids = new MessageIds(Clock.systemUTC(), new SecureRandom());
        return LiaisonMessage.builder().id(ids.next()).conversationId(ids.next())
                .from("TH-CHIANGKHONG").to("LA-HOUAYXAY")
                .kind(MessageKind.REQUEST).priority(Priority.FLASH).handling(Handling.of(HandlingCode.H2))
                .createdAt(Instant.now()).language("en").subject("Pickup 1AB-2345")
                .body("Did pickup 1AB-2345 cross in the last 48 hours?")
                .build();
    }
}
