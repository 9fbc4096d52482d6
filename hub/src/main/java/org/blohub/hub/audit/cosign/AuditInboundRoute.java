package org.blohub.hub.audit.cosign;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.TransactedQueue;

/**
 * blo.audit.inbound (the peers' CHECKPOINT and COSIGNATURE messages, which the broker diverts from
 * {@code blo.inbound}) -> the delivering peer is the node named -> cosign the checkpoint, or store the cosignature.
 * A refusal by the peer check is quarantined and audited; one by the cosigning is logged. Either way the message is
 * consumed and the route goes on. Consumed in a local JMS transaction like {@code blo.inbound}, so a cosignature
 * sent back joins it.
 */
final class AuditInboundRoute extends RouteBuilder {

    static final String ROUTE_ID = "audit-inbound";

    private final AuditPeerCheck peerCheck;
    private final CheckpointCosigning cosigning;
    private final RefusedAuditMessageRecorder refusals;

    AuditInboundRoute(AuditPeerCheck peerCheck, CheckpointCosigning cosigning, RefusedAuditMessageRecorder refusals) {
        this.peerCheck = peerCheck;
        this.cosigning = cosigning;
        this.refusals = refusals;
    }

    @Override
    public void configure() {
        from(TransactedQueue.endpoint(BrokerAddresses.AUDIT_INBOUND) + "&mapJmsMessage=true")
                .routeId(ROUTE_ID)
                .onException(AuditMessageRefusedException.class).handled(true).process(refusals).end()
                .process(peerCheck).id("audit-peer-check")
                .process(cosigning).id("audit-cosigning");
    }
}
