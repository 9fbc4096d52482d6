package org.blohub.hub.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.registry.Agreement;
import org.blohub.hub.registry.AgreementDirection;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.Office;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which handling codes need the originator's consent, and to which offices a received message may go on. */
class OnwardSharingRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");
    private static final X509Certificate ANY_CERTIFICATE = DevelopmentPki.create("Mekong",
            Clock.fixed(NOW, ZoneOffset.UTC)).issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256).certificate();

    private static final NetworkRegistry REGISTRY = new NetworkRegistry(1, NOW, "blo.mekong.example",
            List.of(node("TH"), node("LA")),
            List.of(office("TH-CHIANGKHONG", "TH"), office("TH-MAESAI", "TH"), office("TH-CHIANGSAEN", "TH"),
                    office("LA-HOUAYXAY", "LA")),
            List.of(new Agreement("TH-LA-CK-2026", List.of("TH-CHIANGKHONG"), List.of("LA-HOUAYXAY"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(org.blohub.hub.registry.MessageKind.class),
                            org.blohub.hub.registry.HandlingCode.H3),
                    new Agreement("TH-CK-MS-2026", List.of("TH-CHIANGKHONG"), List.of("TH-MAESAI"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(org.blohub.hub.registry.MessageKind.class),
                            org.blohub.hub.registry.HandlingCode.H1)),
            Map.of("TH", ANY_CERTIFICATE), List.of());

    private final OnwardSharingRule rule = new OnwardSharingRule(REGISTRY);

    @Nested
    class Consent {

        @Test
        void isNeededForH2AndH3Only() {
            assertThat(OnwardSharingRule.needsConsent(HandlingCode.H0)).isFalse();
            assertThat(OnwardSharingRule.needsConsent(HandlingCode.H1)).isFalse();
            assertThat(OnwardSharingRule.needsConsent(HandlingCode.H2)).isTrue();
            assertThat(OnwardSharingRule.needsConsent(HandlingCode.H3)).isTrue();
        }

        @Test
        void aForwardedResponseBecomesANotificationAndReceiptsOrConsentMessagesAreNotForwarded() {
            assertThat(OnwardSharingRule.forwardedKind(MessageKind.REQUEST)).contains(MessageKind.REQUEST);
            assertThat(OnwardSharingRule.forwardedKind(MessageKind.ALERT)).contains(MessageKind.ALERT);
            assertThat(OnwardSharingRule.forwardedKind(MessageKind.RESPONSE)).contains(MessageKind.NOTIFICATION);
            assertThat(OnwardSharingRule.forwardedKind(MessageKind.RECEIPT)).isEmpty();
            assertThat(OnwardSharingRule.forwardedKind(MessageKind.CONSENT_REQUEST)).isEmpty();
        }
    }

    @Nested
    class Targets {

        @Test
        void aThirdOfficeWithAnAgreementUpToTheHandlingCodeIsAllowed() throws SubmissionRefusedException {
            rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-MAESAI"), MessageKind.NOTIFICATION,
                    HandlingCode.H1);
        }

        @Test
        void aThirdOfficeWithoutAgreementIsRefusedNamingTheMissingAgreement() {
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-CHIANGSAEN"),
                    MessageKind.NOTIFICATION, HandlingCode.H0))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                        assertThat(refused.problem()).isEqualTo(SubmissionRefusedException.Problem.NOT_AUTHORIZED);
                        assertThat(refused.getMessage()).contains(
                                "no agreement allows TH-CHIANGKHONG to send NOTIFICATION to TH-CHIANGSAEN");
                        assertThat(refused.fieldErrors()).extracting(error -> error.path()).containsExactly("to[0]");
                    });
        }

        @Test
        void aHandlingCodeAboveTheThirdOfficesAgreementIsRefusedEvenWithConsent() {
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-MAESAI"),
                    MessageKind.REQUEST, HandlingCode.H2))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(
                            refused.getMessage()).contains("only up to handling code H1 (agreement TH-CK-MS-2026)"));
        }

        @Test
        void forwardingBackToTheOriginatorIsARefusalPointingToAReply() {
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("LA-HOUAYXAY"),
                    MessageKind.REQUEST, HandlingCode.H0))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                        assertThat(refused.problem()).isEqualTo(SubmissionRefusedException.Problem.INVALID);
                        assertThat(refused.getMessage()).contains("answer it with a reply (inReplyTo)");
                    });
        }

        @Test
        void noTargetTheForwardersOwnOfficeOrARepeatedOfficeIsRefused() {
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of(), MessageKind.REQUEST,
                    HandlingCode.H0)).hasMessageContaining("Name 1 to 20 offices");
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-CHIANGKHONG"),
                    MessageKind.REQUEST, HandlingCode.H0)).hasMessageContaining("already has this message");
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-MAESAI", "TH-MAESAI"),
                    MessageKind.REQUEST, HandlingCode.H0)).hasMessageContaining("named twice");
        }

        @Test
        void aReceiptCannotBeForwarded() {
            assertThatThrownBy(() -> rule.check("TH-CHIANGKHONG", "LA-HOUAYXAY", List.of("TH-MAESAI"),
                    MessageKind.RECEIPT, HandlingCode.H0)).hasMessageContaining("A RECEIPT cannot be forwarded");
        }
    }

    private static NetworkNode node(String name) {
        try {
            NodeAuditKeys keys = new NodeAuditKeys(
                    NoteSigner.generate("blo.mekong.example/" + name + "/audit", new SecureRandom()).verifierKey(),
                    Cosigner.generate("blo.mekong.example/" + name + "/witness", new SecureRandom()).verifierKey());
            return new NetworkNode(name, name, name, new BrokerEndpoint("127.0.0.1", 61617), 8081, ANY_CERTIFICATE,
                    keys);
        } catch (NoteException e) {
            throw new AssertionError(e);
        }
    }

    private static Office office(String id, String node) {
        return new Office(id, node, id, ANY_CERTIFICATE, ANY_CERTIFICATE);
    }
}
