package org.blohub.hub.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.ImmutableBytes;
import org.springframework.stereotype.Component;

/** Hands an opened and verified consent message to onward sharing, which checks it against what this node sent. */
@Component
class ConsentArrivalStep implements Processor {

    private final ConsentArrivals arrivals;
    private final DeliveringNodes deliveringNodes;

    ConsentArrivalStep(ConsentArrivals arrivals, DeliveringNodes deliveringNodes) {
        this.arrivals = arrivals;
        this.deliveringNodes = deliveringNodes;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        Arrival arrival = InboundExchange.arrival(exchange);
        arrivals.arrived(new ArrivedConsent(opened.office(), opened.message(),
                ImmutableBytes.copyOf(InboundExchange.envelope(exchange)),
                deliveringNodes.actorOf(arrival.validatedUser(), arrival.bundleNode())));
    }
}
