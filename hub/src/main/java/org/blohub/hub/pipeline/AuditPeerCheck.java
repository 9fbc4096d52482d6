package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * An audit checkpoint or cosignature carries no office envelope; the peer it comes from is named in
 * {@code BloFromNode}, and that must be the peer whose TLS certificate delivered it.
 */
@Component
class AuditPeerCheck implements Processor {

    private final DeliveringNodes deliveringNodes;

    AuditPeerCheck(DeliveringNodes deliveringNodes) {
        this.deliveringNodes = deliveringNodes;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        Optional<String> deliveredBy = deliveringNodes.of(arrival);
        if (deliveredBy.isEmpty() || !deliveredBy.equals(arrival.fromNode())) {
            throw new InboundRefusedException(RefusalReason.PEER_IS_NOT_SENDER, arrival.kind().orElse("audit")
                    + " message names node " + arrival.fromNode().orElse("(none)") + " but was delivered by "
                    + deliveredBy.map(node -> "node " + node).orElse("an unnamed peer"));
        }
    }
}
