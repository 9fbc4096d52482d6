package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.springframework.stereotype.Component;

/** The envelope must be signed with the signing certificate the registry lists for the `from` office. */
@Component
class SignerIsSenderCheck implements Processor {

    private final NetworkRegistry registry;

    SignerIsSenderCheck(NetworkRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        String from = opened.message().from();
        Optional<Office> sender = registry.office(from);
        if (sender.isEmpty() || !sender.get().signingCertificate().equals(opened.envelope().signerCertificate())) {
            throw new InboundRefusedException(RefusalReason.SIGNER_IS_NOT_SENDER, "message " + opened.message().id()
                    + " is signed by " + opened.envelope().signerCertificate().getSubjectX500Principal().getName()
                    + ", not by the registered signing certificate of " + from, Optional.of(opened.office()), null);
        }
    }
}
