package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/** This node checks the agreement again: the sender's node may be misconfigured or not ours to trust. */
@Component
class InboundAuthorizeStep implements Processor {

    private final NetworkRegistry registry;

    InboundAuthorizeStep(NetworkRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        AuthorizationDecision decision = AuthorizeStep.decide(registry, opened.message(), opened.office());
        if (!decision.allowed()) {
            throw new InboundRefusedException(RefusalReason.NOT_AUTHORIZED, "message " + opened.message().id()
                    + ": " + decision.reason(), Optional.of(opened.office()), null);
        }
    }
}
