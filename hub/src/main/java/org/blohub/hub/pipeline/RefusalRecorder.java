package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to every refused arrival: quarantined with its reason and audited REJECTED in one
 * transaction, then answered with a negative receipt when the sender is known. The REJECTED event names the
 * node that delivered the message as its actor. A replay is not answered (the original was delivered and
 * answered), nor a message whose delivering peer is not the sender (see
 * {@link RefusalReason#answeredWithReceipt()}), and a receipt or consent message is never answered with a receipt: the
 * sender's node keeps no outbox row a receipt could match.
 */
@Component
class RefusalRecorder implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalRecorder.class);

    private final QuarantineStore quarantine;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ReceiptIssuer receipts;
    private final OfficeKeyring keyring;
    private final DeliveringNodes deliveringNodes;
    private final Clock clock;

    RefusalRecorder(QuarantineStore quarantine, AuditTrail audit, TransactionTemplate transactions,
            ReceiptIssuer receipts, OfficeKeyring keyring, DeliveringNodes deliveringNodes, Clock clock) {
        this.quarantine = quarantine;
        this.audit = audit;
        this.transactions = transactions;
        this.receipts = receipts;
        this.keyring = keyring;
        this.deliveringNodes = deliveringNodes;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        InboundRefusedException refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InboundRefusedException.class);
        Arrival arrival = InboundExchange.arrival(exchange);
        byte[] envelope = InboundExchange.envelope(exchange);
        String code = refusal.reason().machineCode();
        Optional<String> messageId = Optional.of(arrival.messageId()).filter(id -> arrival.hasValidId());
        Optional<String> fromOffice = Optional.of(arrival.fromOffice()).filter(office -> !office.isEmpty());
        String sha = InboundExchange.sha256Hex(envelope);
        transactions.executeWithoutResult(status -> {
            quarantine.quarantine(new QuarantineEntry(clock.instant(), code, refusal.text(),
                    ImmutableBytes.copyOf(envelope), BloHeaders.clearPropertiesAsText(exchange.getMessage().getHeaders()),
                    messageId, fromOffice, arrival.fromNode()));
            audit.append(AuditEventType.REJECTED, messageId, Optional.empty(), fromOffice,
                    arrival.toOffices().stream().filter(office -> !office.contains(",")).toList(),
                    deliveringNodes.actorOf(arrival.validatedUser(), arrival.bundleNode()),
                    Optional.of(sha), Optional.of(code));
        });
        LOG.warn("BLO-IN-100 message {} from {} refused: {}", messageId.orElse("(no id)"),
                fromOffice.orElse("(unknown)"), refusal.getMessage());
        boolean isReceipt = arrival.kind().filter(NodeMadeKinds::includes).isPresent();
        Optional<String> answeringOffice = refusal.refusingOffice()
                .or(() -> arrival.toOffices().stream().filter(keyring::hosts).findFirst());
        if (refusal.reason().answeredWithReceipt() && !isReceipt && messageId.isPresent()
                && fromOffice.isPresent() && answeringOffice.isPresent()) {
            receipts.issue(answeringOffice.get(), fromOffice.get(), messageId.get(),
                    new ReceiptContent(ReceiptContent.REFUSED, messageId.get(), Optional.of(code),
                            Optional.of(refusal.text()), sha, clock.instant()));
        }
    }
}
