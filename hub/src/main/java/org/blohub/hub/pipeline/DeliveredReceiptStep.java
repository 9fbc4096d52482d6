package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.store.MessageSummary;
import org.springframework.stereotype.Component;

/**
 * Sends the signed DELIVERED receipt back to the sending office: for a message just stored, and again for a copy
 * of a message stored before.
 */
@Component
class DeliveredReceiptStep implements Processor {

    private final ReceiptIssuer receipts;
    private final OfficeKeyring keyring;
    private final Clock clock;

    DeliveredReceiptStep(ReceiptIssuer receipts, OfficeKeyring keyring, Clock clock) {
        this.receipts = receipts;
        this.keyring = keyring;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        OpenedMessage opened = InboundExchange.opened(exchange);
        send(opened.office(), opened.message().from(), opened.message().conversationId(), opened.message().id(),
                InboundExchange.sha256Hex(InboundExchange.envelope(exchange)));
    }

    /**
     * The broker hands a message over again when the node stopped after storing it but before acknowledging it.
     * The receipt sent in that window went down with the acknowledgement, so the sender would wait forever.
     * Answered by the office that opened it the first time: the first addressed office of this node.
     */
    void sendAgain(MessageSummary delivered) {
        delivered.header().toOffices().stream().filter(keyring::hosts).findFirst()
                .ifPresent(office -> send(office, delivered.header().fromOffice(), delivered.header().conversationId(),
                        delivered.messageId(), delivered.envelopeSha256()));
    }

    private void send(String office, String sendingOffice, String conversationId, String messageId,
            String envelopeSha256) {
        receipts.issue(office, sendingOffice, conversationId, new ReceiptContent(ReceiptContent.DELIVERED, messageId,
                Optional.empty(), Optional.empty(), envelopeSha256, clock.instant()));
    }
}
