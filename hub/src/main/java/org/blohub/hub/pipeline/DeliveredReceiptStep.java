package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** Sends the signed DELIVERED receipt back to the sending office. */
@Component
class DeliveredReceiptStep implements Processor {

    private final ReceiptIssuer receipts;
    private final Clock clock;

    DeliveredReceiptStep(ReceiptIssuer receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        OpenedMessage opened = InboundExchange.opened(exchange);
        receipts.issue(opened.office(), opened.message().from(), opened.message().conversationId(),
                new ReceiptContent(ReceiptContent.DELIVERED, opened.message().id(), Optional.empty(), Optional.empty(),
                        InboundExchange.sha256Hex(InboundExchange.envelope(exchange)), clock.instant()));
    }
}
