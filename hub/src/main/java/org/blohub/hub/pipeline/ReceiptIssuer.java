package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.camel.ProducerTemplate;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.crypto.cms.Sealer;
import org.blohub.crypto.cms.SealingException;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a signed and sealed RECEIPT from an office of this node back to the office that sent a
 * message: DELIVERED, READ, or REFUSED with the refusal's code and text.
 */
@Component
public class ReceiptIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptIssuer.class);

    private final OfficeKeyring keyring;
    private final NetworkRegistry registry;
    private final Sealer sealer;
    private final LiaisonMessageJson json;
    private final ReceiptCodec codec;
    private final MessageIds ids;
    private final MessageExpiry expiry;
    private final ProducerTemplate producer;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceiptIssuer(OfficeKeyring keyring, NetworkRegistry registry, Sealer sealer, LiaisonMessageJson json,
            ReceiptCodec codec, MessageIds ids, MessageExpiry expiry, ProducerTemplate producer, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.keyring = keyring;
        this.registry = registry;
        this.sealer = sealer;
        this.json = json;
        this.codec = codec;
        this.ids = ids;
        this.expiry = expiry;
        this.producer = producer;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param fromOffice     the office of this node that answers
     * @param toOffice       the office that sent the original message
     * @param conversationId the original conversation (the original id when it could not be read)
     * @return the receipt's message id, empty when the sender's office or node is unknown
     */
    public Optional<String> issue(String fromOffice, String toOffice, String conversationId, ReceiptContent content) {
        Optional<OfficeKeys> keys = keyring.keysOf(fromOffice);
        Optional<Office> recipient = registry.office(toOffice);
        Optional<NetworkNode> node = registry.nodeOf(toOffice);
        if (keys.isEmpty() || recipient.isEmpty() || node.isEmpty()) {
            LOG.warn("BLO-RCP-002 no receipt for message {}: office {} or {} unknown", content.messageId(),
                    fromOffice, toOffice);
            return Optional.empty();
        }
        LiaisonMessage receipt = LiaisonMessage.builder()
                .id(ids.next())
                .conversationId(conversationId)
                .inReplyTo(content.messageId())
                .from(fromOffice)
                .to(toOffice)
                .kind(MessageKind.RECEIPT)
                .priority(Priority.IMMEDIATE)
                .handling(Handling.of(HandlingCode.H0))
                .createdAt(clock.instant())
                .language("en")
                .subject("Receipt " + content.status())
                .body(codec.write(content))
                .build();
        byte[] envelope;
        try {
            envelope = sealer.seal(json.toCanonicalBytes(receipt), keys.get().signing(),
                    keys.get().encryption().certificate(), List.of(recipient.get().encryptionCertificate()));
        } catch (SealingException e) {
            throw new PipelineException("cannot seal the " + content.status() + " receipt for message "
                    + content.messageId(), e);
        }
        producer.sendBody(DispatchRoute.ENDPOINT, new Dispatch(node.get().name(), receipt.id(), fromOffice,
                List.of(toOffice), MessageKind.RECEIPT.name(), Priority.IMMEDIATE.name(),
                expiry.expiresAt(clock.instant(), Priority.IMMEDIATE.name()), envelope));
        transactions.executeWithoutResult(status -> audit.append(AuditEventType.RECEIPT,
                Optional.of(content.messageId()), Optional.of(conversationId), Optional.of(fromOffice),
                List.of(toOffice), "node", Optional.of(InboundExchange.sha256Hex(envelope)),
                content.reasonCode()));
        LOG.info("BLO-RCP-001 {} receipt {} for message {} sent from {} to {}", content.status(), receipt.id(),
                content.messageId(), fromOffice, toOffice);
        return Optional.of(receipt.id());
    }
}
