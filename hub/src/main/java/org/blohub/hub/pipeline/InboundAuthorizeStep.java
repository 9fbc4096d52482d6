package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/**
 * This node checks the agreement again, and that the sending office belongs to the operation group the message
 * names: the sender's node may be misconfigured or not ours to trust.
 */
@Component
class InboundAuthorizeStep implements Processor {

    private final NetworkRegistry registry;

    InboundAuthorizeStep(NetworkRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        LiaisonMessage message = opened.message();
        if (message.kind().concernsConsent()) {
            throw new InboundRefusedException(RefusalReason.ROUTING_MISMATCH, "message " + message.id() + " is a signed "
                    + message.kind() + " but its clear properties do not say so", Optional.of(opened.office()), null);
        }
        AuthorizationDecision decision = AuthorizeStep.decide(registry, message, opened.office());
        if (!decision.allowed()) {
            throw new InboundRefusedException(RefusalReason.NOT_AUTHORIZED, "message " + message.id()
                    + ": " + decision.reason(), Optional.of(opened.office()), null);
        }
        Optional<String> group = message.operationGroup();
        if (group.isPresent() && registry.operationGroup(group.get())
                .filter(known -> known.hasMember(message.from())).isEmpty()) {
            throw new InboundRefusedException(RefusalReason.NOT_AUTHORIZED, "message " + message.id() + ": "
                    + message.from() + " is not a member of operation group " + group.get()
                    + " in this node's registry", Optional.of(opened.office()), null);
        }
    }
}
