package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StoredMessage;
import org.junit.jupiter.api.Test;

class DedupeStepTest {

    private static final String ID = "01KB0000000000000000000000";
    private static final byte[] ENVELOPE = "the sealed envelope".getBytes(StandardCharsets.US_ASCII);

    private final MessageStore messages = mock(MessageStore.class);
    private final DedupeStep dedupe = new DedupeStep(messages);

    @Test
    void letsANewMessageGoOnUnmarked() throws Exception {
        when(messages.find(ID, Direction.INBOUND)).thenReturn(Optional.empty());
        Exchange exchange = arrival(ENVELOPE);

        dedupe.process(exchange);

        assertThat(DedupeStep.IDENTICAL_COPY.matches(exchange)).isFalse();
        assertThat(DedupeStep.deliveredBefore(exchange)).isEmpty();
    }

    @Test
    void marksAnIdenticalCopyOfADeliveredMessageForTheDeliveredAgainBranchWithoutRefusingIt() throws Exception {
        MessageSummary delivered = deliveredWithEnvelope(ENVELOPE);
        Exchange exchange = arrival(ENVELOPE.clone());

        dedupe.process(exchange);

        assertThat(DedupeStep.IDENTICAL_COPY.matches(exchange)).isTrue();
        assertThat(DedupeStep.deliveredBefore(exchange)).containsSame(delivered);
    }

    @Test
    void refusesACopyWithTheIdOfADeliveredMessageButAnotherEnvelope() {
        deliveredWithEnvelope(ENVELOPE);
        Exchange exchange = arrival("another envelope".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> dedupe.process(exchange))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.REPLAYED);
                    assertThat(refused.text()).contains(ID).contains("different envelope");
                });
        assertThat(DedupeStep.IDENTICAL_COPY.matches(exchange)).isFalse();
    }

    private MessageSummary deliveredWithEnvelope(byte[] envelope) {
        MessageSummary summary = mock(MessageSummary.class);
        when(summary.envelopeSha256()).thenReturn(InboundExchange.sha256Hex(envelope));
        when(summary.purge()).thenReturn(Optional.empty());
        StoredMessage delivered = new StoredMessage(summary, Optional.of(ImmutableBytes.copyOf(envelope)));
        when(messages.find(ID, Direction.INBOUND)).thenReturn(Optional.of(delivered));
        return summary;
    }

    private static Exchange arrival(byte[] envelope) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(BloHeaders.MESSAGE_ID, ID);
        exchange.getMessage().setHeader(BloHeaders.FROM_OFFICE, "TH-CHIANGKHONG");
        exchange.getMessage().setHeader(BloHeaders.TO_OFFICES, "LA-HOUAYXAY");
        exchange.getMessage().setBody(envelope);
        return exchange;
    }
}
