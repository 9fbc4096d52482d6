package org.blohub.hub.pipeline;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.TransactedQueue;
import org.springframework.stereotype.Component;

/**
 * blo.inbound (messages and receipts; the broker diverts audit checkpoints and cosignatures to
 * {@code blo.audit.inbound}) -> check arrival (the delivering peer hosts the sending office) -> RECEIPT? open ->
 * recipient list -> signer is sender -> record receipt : CONSENT_REQUEST or CONSENT_REPLY? open -> recipient list ->
 * signer is sender -> consent arrival (it must match a message or request this node sent) : dedupe (an identical copy of a delivered message? DELIVERED
 * receipt again, stop) -> open -> recipient list -> signer is sender -> agreement -> attachment parts -> store
 * (RECEIVED, DELIVERED) -> DELIVERED receipt.
 * <p>
 * Consumed in a local JMS transaction by cached consumers ({@link TransactedQueue}): a crash before the end leaves
 * the message on the queue.
 */
@Component
class InboundRoute extends RouteBuilder {

    /** Everything but attachment parts, which {@link PartReceiver} streams to the attachment store. */
    static final String ENVELOPE_SELECTOR = BloHeaders.KIND + " IS NULL OR " + BloHeaders.KIND + " <> '"
            + BloHeaders.ATTACHMENT_KIND + "'";

    private final ArrivalCheck arrivalCheck;
    private final DedupeStep dedupe;
    private final OpenStep open;
    private final RecipientListCheck recipientList;
    private final SignerIsSenderCheck signerIsSender;
    private final InboundAuthorizeStep authorize;
    private final AttachmentCheck attachments;
    private final StoreInboundStep store;
    private final DeliveredReceiptStep deliveredReceipt;
    private final DeliveredAgainStep deliveredAgain;
    private final RecordReceiptStep recordReceipt;
    private final ConsentArrivalStep consentArrival;

    InboundRoute(ArrivalCheck arrivalCheck, DedupeStep dedupe, OpenStep open, RecipientListCheck recipientList,
            SignerIsSenderCheck signerIsSender, InboundAuthorizeStep authorize, AttachmentCheck attachments,
            StoreInboundStep store, DeliveredReceiptStep deliveredReceipt, DeliveredAgainStep deliveredAgain,
            RecordReceiptStep recordReceipt, ConsentArrivalStep consentArrival) {
        this.arrivalCheck = arrivalCheck;
        this.dedupe = dedupe;
        this.open = open;
        this.recipientList = recipientList;
        this.signerIsSender = signerIsSender;
        this.authorize = authorize;
        this.attachments = attachments;
        this.store = store;
        this.deliveredReceipt = deliveredReceipt;
        this.deliveredAgain = deliveredAgain;
        this.recordReceipt = recordReceipt;
        this.consentArrival = consentArrival;
    }

    @Override
    public void configure() {
        from(TransactedQueue.endpoint(BrokerAddresses.INBOUND)
                + "&concurrentConsumers={{blo.inbound.consumers:1}}&mapJmsMessage=true"
                + "&selector=RAW(" + ENVELOPE_SELECTOR + ")")
                .routeId("inbound").routeConfigurationId(RefusalHandling.ID)
                .process(arrivalCheck).id("in-arrival-check")
                .choice()
                    .when(header(BloHeaders.KIND).isEqualTo("RECEIPT"))
                        .process(open).id("in-open-receipt")
                        .process(recipientList).id("in-receipt-recipient-list")
                        .process(signerIsSender).id("in-receipt-signer-is-sender")
                        .process(recordReceipt).id("in-record-receipt")
                    .when(header(BloHeaders.KIND).in("CONSENT_REQUEST", "CONSENT_REPLY"))
                        .process(open).id("in-open-consent")
                        .process(recipientList).id("in-consent-recipient-list")
                        .process(signerIsSender).id("in-consent-signer-is-sender")
                        .process(consentArrival).id("in-consent-arrival")
                    .otherwise()
                        .process(dedupe).id("in-dedupe")
                        .filter(DedupeStep.IDENTICAL_COPY)
                            .process(deliveredAgain).id("in-delivered-again")
                            .stop()
                        .end()
                        .process(open).id("in-open")
                        .process(recipientList).id("in-recipient-list")
                        .process(signerIsSender).id("in-signer-is-sender")
                        .process(authorize).id("in-authorize")
                        .process(attachments).id("in-attachments")
                        .process(store).id("in-store")
                        .process(deliveredReceipt).id("in-delivered-receipt")
                .end();
    }
}
