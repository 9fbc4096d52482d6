package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/**
 * Before any cryptography: the envelope is within the size limit, the clear properties are well
 * formed, name known offices, and the sending office belongs to the node that delivered the message: the
 * peer whose TLS certificate the broker authenticated, or this node itself for its own offices.
 */
@Component
class ArrivalCheck implements Processor {

    private final NetworkRegistry registry;
    private final OfficeKeyring keyring;
    private final DeliveringNodes deliveringNodes;
    private final String nodeName;
    private final long maxEnvelopeBytes;

    ArrivalCheck(NetworkRegistry registry, OfficeKeyring keyring, DeliveringNodes deliveringNodes,
            NodeProperties properties) {
        this.registry = registry;
        this.keyring = keyring;
        this.deliveringNodes = deliveringNodes;
        this.nodeName = properties.name();
        this.maxEnvelopeBytes = properties.maxEnvelopeBytes();
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        long size = InboundExchange.envelope(exchange).length;
        Optional<String> office = arrival.toOffices().stream().filter(keyring::hosts).findFirst();
        if (size > maxEnvelopeBytes) {
            throw new InboundRefusedException(RefusalReason.OVERSIZED, "envelope of " + size
                    + " bytes exceeds the limit of " + maxEnvelopeBytes + " bytes of node " + nodeName, office, null);
        }
        if (!arrival.hasValidId() || arrival.fromOffice().isEmpty() || arrival.toOffices().isEmpty()) {
            throw new InboundRefusedException(RefusalReason.MALFORMED_ROUTING,
                    "missing or malformed " + BloHeaders.MESSAGE_ID + ", " + BloHeaders.FROM_OFFICE + " or "
                            + BloHeaders.TO_OFFICES, office, null);
        }
        Optional<NetworkNode> senderNode = registry.nodeOf(arrival.fromOffice());
        if (senderNode.isEmpty()) {
            throw new InboundRefusedException(RefusalReason.UNKNOWN_OFFICE,
                    "sending office " + arrival.fromOffice() + " is not in the network registry", office, null);
        }
        for (String to : arrival.toOffices()) {
            if (registry.office(to).isEmpty()) {
                throw new InboundRefusedException(RefusalReason.UNKNOWN_OFFICE,
                        "addressed office " + to + " is not in the network registry", office, null);
            }
        }
        requireDeliveredBySender(arrival, senderNode.get().name(), office);
        if (office.isEmpty()) {
            throw new InboundRefusedException(RefusalReason.NOT_ADDRESSED_TO_THIS_NODE, "none of the offices "
                    + arrival.toOffices() + " is hosted by node " + nodeName, Optional.empty(), null);
        }
    }

    private void requireDeliveredBySender(Arrival arrival, String senderNode, Optional<String> office)
            throws InboundRefusedException {
        Optional<String> deliveredBy = deliveringNodes.nodeOf(arrival.validatedUser(), arrival.bundleNode());
        if (deliveredBy.isEmpty()) {
            throw new InboundRefusedException(RefusalReason.PEER_IS_NOT_SENDER, "the broker of node " + nodeName
                    + " did not name the peer that delivered this message from office " + arrival.fromOffice()
                    + " (is populate-validated-user on?)", office, null);
        }
        if (!deliveredBy.get().equals(senderNode)) {
            throw new InboundRefusedException(RefusalReason.PEER_IS_NOT_SENDER, "office " + arrival.fromOffice()
                    + " belongs to node " + senderNode + ", but node " + deliveredBy.get()
                    + " delivered the message", office, null);
        }
    }
}
