package org.blohub.hub.pipeline;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.HandlingCode;
import org.blohub.hub.registry.MessageKind;
import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/** Refuses a submission unless an agreement lets the sender send it to every addressed office. */
@Component
class AuthorizeStep implements Processor {

    private final NetworkRegistry registry;

    AuthorizeStep(NetworkRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException {
        LiaisonMessage message = exchange.getMessage().getBody(Submission.class).message();
        for (String office : message.to()) {
            AuthorizationDecision decision = decide(registry, message, office);
            if (!decision.allowed()) {
                throw new SubmissionRefusedException(SubmissionRefusedException.Problem.NOT_AUTHORIZED,
                        decision.reason(), List.of());
            }
        }
    }

    static AuthorizationDecision decide(NetworkRegistry registry, LiaisonMessage message, String toOffice) {
        return registry.authorize(message.from(), toOffice, MessageKind.valueOf(message.kind().name()),
                HandlingCode.valueOf(message.handling().code().name()));
    }
}
