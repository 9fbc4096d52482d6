package org.blohub.hub.pipeline;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.hub.store.MessageSummary;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

class DeliveredAgainStepTest {

    private final DeliveredReceiptStep deliveredReceipt = mock(DeliveredReceiptStep.class);
    private final DeliveredAgainStep step = new DeliveredAgainStep(deliveredReceipt);

    @Test
    void sendsTheDeliveredReceiptAgainForTheMessageDeliveredBefore() {
        MessageSummary delivered = mock(MessageSummary.class, Answers.RETURNS_DEEP_STUBS);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(DedupeStep.DELIVERED_BEFORE, delivered);

        step.process(exchange);

        verify(deliveredReceipt).sendAgain(delivered);
    }

    @Test
    void sendsNothingForAnExchangeDedupeDidNotMark() {
        step.process(new DefaultExchange(new DefaultCamelContext()));

        verifyNoInteractions(deliveredReceipt);
    }
}
