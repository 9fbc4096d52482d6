package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.OperationGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InboundAuthorizeStepTest {

    private static Credential signer;

    private final NetworkRegistry registry = mock(NetworkRegistry.class);
    private final InboundAuthorizeStep step = new InboundAuthorizeStep(registry);

    @BeforeAll
    static void issueSigner() {
        signer = DevelopmentPki.create("Test", Clock.systemUTC()).issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
    }

    @Test
    void passesAMessageAnAgreementCoversForTheOpeningOffice() {
        decideFor("LA-HOUAYXAY", new AuthorizationDecision(true, "covered by TH-LA-1", Optional.of("TH-LA-1")));

        assertThatCode(() -> step.process(openedBy("LA-HOUAYXAY"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAMessageNoAgreementCoversWithTheRegistrysReasonAndTheOpeningOffice() {
        decideFor("LA-HOUAYXAY", new AuthorizationDecision(false, "agreement TH-LA-1 allows at most H1",
                Optional.of("TH-LA-1")));

        assertThatThrownBy(() -> step.process(openedBy("LA-HOUAYXAY")))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_AUTHORIZED);
                    assertThat(refused.refusingOffice()).contains("LA-HOUAYXAY");
                    assertThat(refused.text()).contains("01KB0000000000000000000000")
                            .contains("agreement TH-LA-1 allows at most H1");
                });
    }

    @Test
    void passesAGroupMessageFromAMemberOfTheGroup() {
        decideFor("LA-HOUAYXAY", new AuthorizationDecision(true, "covered by TH-LA-1", Optional.of("TH-LA-1")));
        when(registry.operationGroup("MEKONG-JOINT-2026")).thenReturn(Optional.of(new OperationGroup(
                "MEKONG-JOINT-2026", "Joint operation", "TH-CHIANGKHONG", List.of("TH-CHIANGKHONG", "LA-HOUAYXAY"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));

        assertThatCode(() -> step.process(openedBy("LA-HOUAYXAY", Optional.of("MEKONG-JOINT-2026"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAGroupMessageWhoseSenderIsNoMemberOfTheGroupHere() {
        decideFor("LA-HOUAYXAY", new AuthorizationDecision(true, "covered by TH-LA-1", Optional.of("TH-LA-1")));
        when(registry.operationGroup("MEKONG-JOINT-2026")).thenReturn(Optional.of(new OperationGroup(
                "MEKONG-JOINT-2026", "Joint operation", "LA-HOUAYXAY", List.of("LA-HOUAYXAY"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));

        assertThatThrownBy(() -> step.process(openedBy("LA-HOUAYXAY", Optional.of("MEKONG-JOINT-2026"))))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_AUTHORIZED);
                    assertThat(refused.text()).contains("TH-CHIANGKHONG is not a member of operation group "
                            + "MEKONG-JOINT-2026 in this node's registry");
                });
    }

    @Test
    void refusesAGroupMessageNamingAGroupThisNodeDoesNotKnow() {
        decideFor("LA-HOUAYXAY", new AuthorizationDecision(true, "covered by TH-LA-1", Optional.of("TH-LA-1")));

        assertThatThrownBy(() -> step.process(openedBy("LA-HOUAYXAY", Optional.of("MEKONG-FORGED"))))
                .isInstanceOf(InboundRefusedException.class)
                .hasMessageContaining("operation group MEKONG-FORGED");
    }

    private void decideFor(String office, AuthorizationDecision decision) {
        when(registry.authorize("TH-CHIANGKHONG", office, org.blohub.hub.registry.MessageKind.REQUEST,
                org.blohub.hub.registry.HandlingCode.H2)).thenReturn(decision);
    }

    private static Exchange openedBy(String office) {
        return openedBy(office, Optional.empty());
    }

    private static Exchange openedBy(String office, Optional<String> group) {
        LiaisonMessage message = LiaisonMessage.builder().id("01KB0000000000000000000000")
                .conversationId("01KB0000000000000000000000").from("TH-CHIANGKHONG").to(List.of(office))
                .operationGroup(group)
                .kind(MessageKind.REQUEST).priority(Priority.ROUTINE).handling(Handling.of(HandlingCode.H2))
                .createdAt(Instant.now()).language("en").subject("s").body("b").build();
        OpenedEnvelope envelope = new OpenedEnvelope(new byte[0], signer.certificate(), signer.chain(), Instant.now(),
                new byte[32], "SHA256withECDSA");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(InboundExchange.OPENED, new OpenedMessage(office, message, envelope));
        return exchange;
    }
}
