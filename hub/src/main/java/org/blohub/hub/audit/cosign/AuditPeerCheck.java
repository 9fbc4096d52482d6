package org.blohub.hub.audit.cosign;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;

/**
 * An audit checkpoint or cosignature carries no office envelope; the peer it comes from is named in
 * {@code BloFromNode}, and that must be the peer whose TLS certificate delivered it.
 */
final class AuditPeerCheck implements Processor {

    private final DeliveringNodes deliveringNodes;

    AuditPeerCheck(DeliveringNodes deliveringNodes) {
        this.deliveringNodes = deliveringNodes;
    }

    @Override
    public void process(Exchange exchange) throws AuditMessageRefusedException {
        Message message = exchange.getMessage();
        Optional<String> named = text(message, BloHeaders.FROM_NODE);
        Optional<String> deliveredBy = deliveringNodes.nodeOf(text(message, BloHeaders.VALIDATED_USER_AS_JMS));
        if (deliveredBy.isEmpty() || !deliveredBy.equals(named)) {
            throw new AuditMessageRefusedException(AuditMessageRefusedException.PEER_IS_NOT_SENDER,
                    text(message, BloHeaders.KIND).orElse("audit") + " message names node " + named.orElse("(none)")
                            + " but was delivered by " + deliveredBy.map(node -> "node " + node).orElse("an unnamed peer"));
        }
    }

    private static Optional<String> text(Message message, String header) {
        return Optional.ofNullable(message.getHeader(header, String.class)).filter(value -> !value.isBlank());
    }
}
