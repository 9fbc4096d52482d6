package org.blohub.hub.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The route's branch for an identical copy of a message delivered before ({@link DedupeStep}): nothing is stored,
 * quarantined or audited again; the DELIVERED receipt is sent again, since the first one may not have left.
 */
@Component
class DeliveredAgainStep implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveredAgainStep.class);

    private final DeliveredReceiptStep deliveredReceipt;

    DeliveredAgainStep(DeliveredReceiptStep deliveredReceipt) {
        this.deliveredReceipt = deliveredReceipt;
    }

    @Override
    public void process(Exchange exchange) {
        DedupeStep.deliveredBefore(exchange).ifPresent(delivered -> {
            deliveredReceipt.sendAgain(delivered);
            LOG.info("BLO-IN-014 message {} from {} arrived again, identical to the copy delivered before"
                    + " (redelivered after a stop, or sent again): DELIVERED receipt sent again",
                    delivered.messageId(), delivered.header().fromOffice());
        });
    }
}
