package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageFormatException;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.crypto.cms.OpenRefusedException;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.cms.Opener;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.springframework.stereotype.Component;

/**
 * Decrypts with the key of the addressed office of this node, verifies the signature and the
 * signer's certificate path at the signing time, and reads the signed canonical message, whose id
 * must be the one the clear properties announced.
 */
@Component
class OpenStep implements Processor {

    private final Opener opener;
    private final OfficeKeyring keyring;
    private final LiaisonMessageJson json;

    OpenStep(Opener opener, OfficeKeyring keyring, LiaisonMessageJson json) {
        this.opener = opener;
        this.keyring = keyring;
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        Arrival arrival = InboundExchange.arrival(exchange);
        OfficeKeys office = arrival.toOffices().stream().map(keyring::keysOf).flatMap(Optional::stream)
                .findFirst().orElseThrow();
        Optional<String> refusing = Optional.of(office.officeId());
        OpenedEnvelope opened;
        try {
            opened = opener.open(InboundExchange.envelope(exchange), office.encryption(), arrival.messageId());
        } catch (OpenRefusedException e) {
            throw new InboundRefusedException(RefusalReason.ENVELOPE_REFUSED, e.getMessage(), refusing, e);
        }
        LiaisonMessage message;
        try {
            message = json.fromJson(opened.content());
        } catch (LiaisonMessageFormatException e) {
            throw new InboundRefusedException(RefusalReason.ENVELOPE_REFUSED, "message " + arrival.messageId()
                    + ": signed content is not a liaison message: " + e.getMessage(), refusing, e);
        }
        if (!message.id().equals(arrival.messageId()) || !message.from().equals(arrival.fromOffice())
                || !arrival.kind().map(message.kind().name()::equals).orElse(true)) {
            throw new InboundRefusedException(RefusalReason.ROUTING_MISMATCH, "message " + arrival.messageId()
                    + ": the clear properties (id, from office, kind) do not match the signed message", refusing, null);
        }
        exchange.setProperty(InboundExchange.OPENED, new OpenedMessage(office.officeId(), message, opened));
    }
}
