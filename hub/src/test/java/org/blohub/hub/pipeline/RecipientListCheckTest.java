package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.crypto.cms.OpenedEnvelope;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecipientListCheckTest {

    private static Credential signer;

    @BeforeAll
    static void issueSigner() {
        signer = DevelopmentPki.create("Test", Clock.systemUTC()).issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    }

    @Test
    void passesWhenTheSignedListNamesTheOpeningOffice() throws Exception {
        Exchange exchange = openedBy("LA-HOUAYXAY", List.of("LA-TONPHEUNG", "LA-HOUAYXAY"));

        new RecipientListCheck().process(exchange);

        assertThat(InboundExchange.opened(exchange).office()).isEqualTo("LA-HOUAYXAY");
    }

    @Test
    void refusesAMessageWhoseSignedRecipientListOmitsTheOpeningOffice() {
        Exchange exchange = openedBy("LA-HOUAYXAY", List.of("LA-TONPHEUNG"));

        assertThatThrownBy(() -> new RecipientListCheck().process(exchange))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_ADDRESSED_TO_THIS_NODE);
                    assertThat(refused.refusingOffice()).contains("LA-HOUAYXAY");
                    assertThat(refused.text()).contains("[LA-TONPHEUNG]").contains("LA-HOUAYXAY");
                });
    }

    private static Exchange openedBy(String office, List<String> signedTo) {
        LiaisonMessage message = LiaisonMessage.builder().id("01KB0000000000000000000000")
                .conversationId("01KB0000000000000000000000").from("TH-CHIANGKHONG").to(signedTo)
                .kind(MessageKind.REQUEST).priority(Priority.ROUTINE).handling(Handling.of(HandlingCode.H0))
                .createdAt(Instant.now()).language("en").subject("s").body("b").build();
        OpenedEnvelope envelope = new OpenedEnvelope(new byte[0], signer.certificate(), signer.chain(), Instant.now(),
                new byte[32], "SHA256withECDSA");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(InboundExchange.OPENED, new OpenedMessage(office, message, envelope));
        return exchange;
    }
}
