package org.blohub.hub.pipeline;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.crypto.cms.SealingException;
import org.springframework.stereotype.Component;

/**
 * reply-by (default or refusal) -> validate -> operation group (its members as recipients) -> reply target
 * -> authorize -> seal -> record (QUEUED, SUBMITTED)
 * -> one JMS message per destination node -> handed to broker (the outbox flag; {@link OutboxRelayRoute} resends rows left without it).
 */
@Component
class OutboundRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:submit";

    private final ReplyByStep replyBy;
    private final ValidateStep validate;
    private final OperationGroupStep operationGroup;
    private final ReplyTargetCheck replyTarget;
    private final AuthorizeStep authorize;
    private final SealStep seal;
    private final RecordStep record;
    private final HandedToBrokerStep handedToBroker;

    OutboundRoute(ReplyByStep replyBy, ValidateStep validate, OperationGroupStep operationGroup,
            ReplyTargetCheck replyTarget, AuthorizeStep authorize, SealStep seal, RecordStep record,
            HandedToBrokerStep handedToBroker) {
        this.replyBy = replyBy;
        this.operationGroup = operationGroup;
        this.replyTarget = replyTarget;
        this.validate = validate;
        this.authorize = authorize;
        this.seal = seal;
        this.record = record;
        this.handedToBroker = handedToBroker;
    }

    @Override
    public void configure() {
        // a refusal is an answer to the caller, not a fault: MessageSubmitter logs it as one line (BLO-OUT-001)
        onException(SubmissionRefusedException.class, SealingException.class)
                .handled(false).logExhausted(false).logStackTrace(false);

        from(ENDPOINT).routeId("outbound")
                .process(replyBy).id("out-reply-by")
                .process(validate).id("out-validate")
                .process(operationGroup).id("out-operation-group")
                .process(replyTarget).id("out-reply-target")
                .process(authorize).id("out-authorize")
                .process(seal).id("out-seal")
                .process(record).id("out-record")
                .split(body()).shareUnitOfWork().stopOnException()
                    .to(DispatchRoute.ENDPOINT)
                .end()
                .process(handedToBroker).id("out-handed-to-broker")
                .process(exchange -> exchange.getMessage().setBody(SubmissionResult.of(exchange)));
    }
}
