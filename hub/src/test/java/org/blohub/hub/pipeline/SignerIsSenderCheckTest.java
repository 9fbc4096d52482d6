package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
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
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignerIsSenderCheckTest {

    private static Credential registeredSigner;
    private static Credential otherSigner;

    private final NetworkRegistry registry = mock(NetworkRegistry.class);
    private final SignerIsSenderCheck check = new SignerIsSenderCheck(registry);

    @BeforeAll
    static void issueSigners() {
        DevelopmentPki pki = DevelopmentPki.create("Test", Clock.systemUTC());
        registeredSigner = pki.issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256);
        otherSigner = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
    }

    @Test
    void passesAnEnvelopeSignedWithTheSendersRegisteredCertificate() {
        registerSenderWith(registeredSigner);

        assertThatCode(() -> check.process(signedBy(registeredSigner))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEnvelopeSignedWithAnotherCertificateNamingTheSignerAndTheSender() {
        registerSenderWith(registeredSigner);

        assertThatThrownBy(() -> check.process(signedBy(otherSigner)))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.SIGNER_IS_NOT_SENDER);
                    assertThat(refused.refusingOffice()).contains("LA-HOUAYXAY");
                    assertThat(refused.text()).contains("TH-MAESAI").contains("registered signing certificate of"
                            + " TH-CHIANGKHONG");
                });
    }

    @Test
    void refusesAnEnvelopeFromAnOfficeTheRegistryDoesNotList() {
        when(registry.office("TH-CHIANGKHONG")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> check.process(signedBy(registeredSigner)))
                .isInstanceOfSatisfying(InboundRefusedException.class, refused ->
                        assertThat(refused.reason()).isEqualTo(RefusalReason.SIGNER_IS_NOT_SENDER));
    }

    private void registerSenderWith(Credential signer) {
        Office sender = mock(Office.class);
        when(sender.signingCertificate()).thenReturn(signer.certificate());
        when(registry.office("TH-CHIANGKHONG")).thenReturn(Optional.of(sender));
    }

    private static Exchange signedBy(Credential signer) {
        LiaisonMessage message = LiaisonMessage.builder().id("01KB0000000000000000000000")
                .conversationId("01KB0000000000000000000000").from("TH-CHIANGKHONG").to(List.of("LA-HOUAYXAY"))
                .kind(MessageKind.REQUEST).priority(Priority.ROUTINE).handling(Handling.of(HandlingCode.H0))
                .createdAt(Instant.now()).language("en").subject("s").body("b").build();
        OpenedEnvelope envelope = new OpenedEnvelope(new byte[0], signer.certificate(), signer.chain(), Instant.now(),
                new byte[32], "SHA256withECDSA");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(InboundExchange.OPENED, new OpenedMessage("LA-HOUAYXAY", message, envelope));
        return exchange;
    }
}
