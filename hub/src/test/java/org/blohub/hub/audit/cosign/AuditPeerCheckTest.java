package org.blohub.hub.audit.cosign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.pipeline.RefusalReason;
import org.junit.jupiter.api.Test;

class AuditPeerCheckTest {

    private final AuditPeerCheck onLaos = new AuditPeerCheck(new DeliveringNodes("LA", "node-LA"));

    @Test
    void passesACheckpointDeliveredByThePeerItNames() {
        assertThatCode(() -> onLaos.process(auditMessage("CHECKPOINT", "TH", Optional.of("TH"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesACheckpointNamingThDeliveredWithMyanmarsCertificateWithTheCodeOfTheInboundRoute() {
        AuditMessageRefusedException refusal = refusal(auditMessage("CHECKPOINT", "TH", Optional.of("MM")));

        assertThat(refusal.reasonCode()).isEqualTo(RefusalReason.PEER_IS_NOT_SENDER.machineCode());
        assertThat(refusal.text()).isEqualTo("CHECKPOINT message names node TH but was delivered by node MM");
    }

    @Test
    void refusesACosignatureThisNodesOwnApplicationPutOnItsInbound() {
        assertThat(refusal(auditMessage("COSIGNATURE", "TH", Optional.of("node-LA"))).text())
                .isEqualTo("COSIGNATURE message names node TH but was delivered by node LA");
    }

    @Test
    void refusesAnAuditMessageTheBrokerNamedNoDeliveringPeerFor() {
        assertThat(refusal(auditMessage("CHECKPOINT", "TH", Optional.empty())).text())
                .isEqualTo("CHECKPOINT message names node TH but was delivered by an unnamed peer");
    }

    @Test
    void refusesAnAuditMessageThatNamesNoNode() {
        Exchange exchange = auditMessage("CHECKPOINT", "TH", Optional.of("TH"));
        exchange.getMessage().removeHeader(BloHeaders.FROM_NODE);

        assertThat(refusal(exchange).text()).isEqualTo("CHECKPOINT message names node (none) but was delivered by node TH");
    }

    private AuditMessageRefusedException refusal(Exchange exchange) {
        return catchThrowableOfType(AuditMessageRefusedException.class, () -> onLaos.process(exchange));
    }

    static Exchange auditMessage(String kind, String fromNode, Optional<String> validatedUser) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody("{\"note\": \"not read\", \"proofFromSize\": 0, \"proof\": []}");
        exchange.getMessage().setHeader(BloHeaders.KIND, kind);
        exchange.getMessage().setHeader(BloHeaders.FROM_NODE, fromNode);
        exchange.getMessage().setHeader(BloHeaders.TO_NODE, "LA");
        validatedUser.ifPresent(user -> exchange.getMessage().setHeader(BloHeaders.VALIDATED_USER_AS_JMS, user));
        return exchange;
    }
}
