package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * The signed recipient list must name the office that opened the message. An envelope re-encrypted
 * to another office (surreptitious forwarding) is refused.
 */
@Component
class RecipientListCheck implements Processor {

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        if (!opened.message().to().contains(opened.office())) {
            throw new InboundRefusedException(RefusalReason.NOT_ADDRESSED_TO_THIS_NODE, "message "
                    + opened.message().id() + ": the signed recipient list " + opened.message().to()
                    + " does not name " + opened.office() + " (forwarded or re-encrypted by someone else)",
                    Optional.of(opened.office()), null);
        }
    }
}
