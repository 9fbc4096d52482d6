package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.crypto.cms.Sealer;
import org.blohub.crypto.cms.SealingException;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.blohub.hub.store.ImmutableBytes;
import org.springframework.stereotype.Component;

/**
 * Signs and seals a CONSENT_REQUEST or CONSENT_REPLY that an office of this node makes for onward sharing, for the
 * one addressed office and for the sending office itself, and hands it to the broker for the addressed office's node.
 * Like a receipt it does not go through the submission route: no agreement covers it, the message it refers to does.
 */
@Component
public class ConsentMessageSender {

    private final OfficeKeyring keyring;
    private final NetworkRegistry registry;
    private final Sealer sealer;
    private final LiaisonMessageJson json;
    private final MessageExpiry expiry;
    private final ProducerTemplate producer;
    private final Clock clock;

    ConsentMessageSender(OfficeKeyring keyring, NetworkRegistry registry, Sealer sealer, LiaisonMessageJson json,
            MessageExpiry expiry, ProducerTemplate producer, Clock clock) {
        this.keyring = keyring;
        this.registry = registry;
        this.sealer = sealer;
        this.json = json;
        this.expiry = expiry;
        this.producer = producer;
        this.clock = clock;
    }

    /**
     * @throws PipelineException when the message is not a consent message to one office, its sending office is not
     *                           hosted here, the addressed office is unknown, or it cannot be sealed
     */
    public ImmutableBytes seal(LiaisonMessage message) {
        if (!message.kind().concernsConsent() || message.to().size() != 1) {
            throw new PipelineException("message " + message.id() + " is not a consent message to one office");
        }
        String toOffice = message.to().get(0);
        OfficeKeys keys = keyring.keysOf(message.from()).orElseThrow(() -> new PipelineException(
                "consent message " + message.id() + ": office " + message.from() + " is not hosted by this node"));
        Office recipient = registry.office(toOffice).orElseThrow(() -> new PipelineException(
                "consent message " + message.id() + ": office " + toOffice + " is not in the network registry"));
        byte[] envelope;
        try {
            envelope = sealer.seal(json.toCanonicalBytes(message), keys.signing(), keys.encryption().certificate(),
                    List.of(recipient.encryptionCertificate()));
        } catch (SealingException e) {
            throw new PipelineException("cannot seal consent message " + message.id(), e);
        }
        return ImmutableBytes.copyOf(envelope);
    }

    /** Hands the sealed message to the broker for the addressed office's node. */
    public void dispatch(LiaisonMessage message, ImmutableBytes envelope) {
        String toOffice = message.to().get(0);
        NetworkNode node = registry.nodeOf(toOffice).orElseThrow(() -> new PipelineException(
                "consent message " + message.id() + ": no node hosts office " + toOffice));
        String priority = message.priority().name();
        producer.sendBody(DispatchRoute.ENDPOINT, new Dispatch(node.name(), message.id(), message.from(),
                List.of(toOffice), message.kind().name(), priority, expiry.expiresAt(clock.instant(), priority),
                envelope.toByteArray()));
    }
}
