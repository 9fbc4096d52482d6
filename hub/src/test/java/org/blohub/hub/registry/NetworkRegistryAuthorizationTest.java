package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NetworkRegistryAuthorizationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final X509Certificate ANY_CERTIFICATE = DevelopmentPki.create("Mekong", Clock.fixed(NOW, ZoneOffset.UTC))
            .issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256).certificate();
    private static final NodeAuditKeys ANY_AUDIT_KEYS = anyAuditKeys();

    private final NetworkRegistry registry = new NetworkRegistry(1, NOW, "blo.mekong.example",
            List.of(node("TH"), node("LA"), node("MM"), node("KH"), node("VN")),
            List.of(office("TH-MAESAI", "TH"), office("TH-CHIANGKHONG", "TH"), office("LA-HOUAYXAY", "LA"),
                    office("MM-TACHILEIK", "MM"), office("KH-BAVET", "KH"), office("VN-MOCBAI", "VN")),
            List.of(
                    new Agreement("TH-MM-2026", List.of("TH-MAESAI"), List.of("MM-TACHILEIK"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(MessageKind.class), HandlingCode.H2),
                    new Agreement("TH-LA-2026", List.of("TH-MAESAI"), List.of("LA-HOUAYXAY"),
                            AgreementDirection.ONE_WAY, Set.of(MessageKind.REQUEST), HandlingCode.H1),
                    new Agreement("KH-VN-2026", List.of("KH-BAVET"), List.of("VN-MOCBAI"),
                            AgreementDirection.ONE_WAY, Set.of(MessageKind.ALERT, MessageKind.REQUEST), HandlingCode.H1),
                    new Agreement("TH-LA-CK-2026", List.of("TH-CHIANGKHONG"), List.of("LA-HOUAYXAY"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(MessageKind.class), HandlingCode.H3)),
            Map.of("TH", ANY_CERTIFICATE));

    @Nested
    class AllowedMessages {

        @Test
        void allowsAKindTheAgreementListsAtTheAgreementsHandlingCode() {
            AuthorizationDecision decision = registry.authorize("TH-MAESAI", "MM-TACHILEIK", MessageKind.REQUEST,
                    HandlingCode.H2);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.agreement()).contains("TH-MM-2026");
            assertThat(decision.reason()).isEqualTo("TH-MAESAI may send REQUEST to MM-TACHILEIK up to handling code H2"
                    + " (agreement TH-MM-2026); message has H2");
        }

        @Test
        void allowsALessRestrictedHandlingCodeThanTheCeiling() {
            assertThat(registry.authorize("TH-MAESAI", "LA-HOUAYXAY", MessageKind.REQUEST, HandlingCode.H0).allowed())
                    .isTrue();
        }

        @Test
        void allowsTheReverseDirectionOfABothWaysAgreement() {
            AuthorizationDecision decision = registry.authorize("MM-TACHILEIK", "TH-MAESAI", MessageKind.RESPONSE,
                    HandlingCode.H1);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.agreement()).contains("TH-MM-2026");
        }

        @Test
        void allowsAReceiptBackAlongAOneWayAgreement() {
            AuthorizationDecision decision = registry.authorize("VN-MOCBAI", "KH-BAVET", MessageKind.RECEIPT,
                    HandlingCode.H1);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.agreement()).contains("KH-VN-2026");
        }
    }

    @Nested
    class RefusedMessages {

        @Test
        void refusesAHandlingCodeAboveTheAgreementsCeiling() {
            AuthorizationDecision decision = registry.authorize("TH-MAESAI", "LA-HOUAYXAY", MessageKind.REQUEST,
                    HandlingCode.H2);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("TH-MAESAI may send REQUEST to LA-HOUAYXAY only up to handling code H1"
                    + " (agreement TH-LA-2026); message has H2");
            assertThat(decision.agreement()).contains("TH-LA-2026");
        }

        @Test
        void refusesAKindTheAgreementDoesNotList() {
            AuthorizationDecision decision = registry.authorize("TH-MAESAI", "LA-HOUAYXAY", MessageKind.ALERT,
                    HandlingCode.H0);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo(
                    "no agreement allows TH-MAESAI to send ALERT to LA-HOUAYXAY (agreement TH-LA-2026 allows only REQUEST)");
        }

        @Test
        void refusesAPairNoAgreementCovers() {
            AuthorizationDecision decision = registry.authorize("TH-MAESAI", "VN-MOCBAI", MessageKind.ALERT,
                    HandlingCode.H0);

            assertThat(decision).isEqualTo(new AuthorizationDecision(false,
                    "no agreement allows TH-MAESAI to send ALERT to VN-MOCBAI", Optional.empty()));
        }

        @Test
        void refusesTheReverseDirectionOfAOneWayAgreement() {
            AuthorizationDecision decision = registry.authorize("VN-MOCBAI", "KH-BAVET", MessageKind.ALERT,
                    HandlingCode.H0);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("no agreement allows VN-MOCBAI to send ALERT to KH-BAVET"
                    + " (agreement KH-VN-2026 allows only KH-BAVET to send to VN-MOCBAI)");
        }

        @Test
        void refusesAReceiptBackAboveTheAgreementsCeiling() {
            assertThat(registry.authorize("VN-MOCBAI", "KH-BAVET", MessageKind.RECEIPT, HandlingCode.H2).reason())
                    .isEqualTo("VN-MOCBAI may send RECEIPT to KH-BAVET only up to handling code H1"
                            + " (agreement KH-VN-2026); message has H2");
        }

        @Test
        void refusesAnUnknownSenderOrRecipient() {
            assertThat(registry.authorize("XX-FOO", "TH-MAESAI", MessageKind.REQUEST, HandlingCode.H0))
                    .isEqualTo(new AuthorizationDecision(false, "unknown office XX-FOO", Optional.empty()));
            assertThat(registry.authorize("TH-MAESAI", "LA-NOWHERE", MessageKind.REQUEST, HandlingCode.H0).reason())
                    .isEqualTo("unknown office LA-NOWHERE");
        }

        @Test
        void refusesSendingToOneself() {
            assertThat(registry.authorize("TH-MAESAI", "TH-MAESAI", MessageKind.NOTIFICATION, HandlingCode.H0).allowed())
                    .isFalse();
        }
    }

    @Nested
    class Construction {

        @Test
        void refusesAnAgreementNamingAnUndeclaredOffice() {
            assertThatThrownBy(() -> new NetworkRegistry(1, NOW, "blo.mekong.example", List.of(node("TH")),
                    List.of(office("TH-MAESAI", "TH")),
                    List.of(new Agreement("X-1", List.of("TH-MAESAI"), List.of("MM-TACHILEIK"),
                            AgreementDirection.ONE_WAY, Set.of(MessageKind.ALERT), HandlingCode.H0)),
                    Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("agreement X-1 names undeclared office MM-TACHILEIK");
        }

        @Test
        void refusesAnOperationGroupNamingAnUndeclaredOffice() {
            assertThatThrownBy(() -> new NetworkRegistry(1, NOW, "blo.mekong.example", List.of(node("TH")),
                    List.of(office("TH-MAESAI", "TH")), List.of(), Map.of(),
                    List.of(new OperationGroup("MEKONG-JOINT-2026", "Joint operation", "TH-MAESAI",
                            List.of("TH-MAESAI", "MM-TACHILEIK"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("operation group MEKONG-JOINT-2026 names undeclared office MM-TACHILEIK");
        }

        @Test
        void findsAnOperationGroupByItsIdAndTheGroupsOfAnOffice() {
            OperationGroup group = new OperationGroup("MEKONG-JOINT-2026", "Joint operation", "TH-MAESAI",
                    List.of("TH-MAESAI"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            NetworkRegistry withGroup = new NetworkRegistry(1, NOW, "blo.mekong.example", List.of(node("TH")),
                    List.of(office("TH-MAESAI", "TH")), List.of(), Map.of(), List.of(group));

            assertThat(withGroup.operationGroup("MEKONG-JOINT-2026")).contains(group);
            assertThat(withGroup.operationGroup("MEKONG-OTHER")).isEmpty();
            assertThat(registry.operationGroup("MEKONG-JOINT-2026")).isEmpty();
            assertThat(withGroup.operationGroupsOf("TH-MAESAI")).containsExactly(group);
            assertThat(withGroup.operationGroupsOf("TH-CHIANGKHONG")).isEmpty();
        }

        @Test
        void refusesAnOfficeOnAnUndeclaredNode() {
            assertThatThrownBy(() -> new NetworkRegistry(1, NOW, "blo.mekong.example", List.of(node("TH")),
                    List.of(office("LA-HOUAYXAY", "LA")), List.of(), Map.of()))
                    .hasMessage("office LA-HOUAYXAY names undeclared node LA");
        }
    }

    private static NetworkNode node(String name) {
        return new NetworkNode(name, name, name, new BrokerEndpoint("127.0.0.1", 61617), 8081, ANY_CERTIFICATE,
                ANY_AUDIT_KEYS);
    }

    private static Office office(String id, String node) {
        return new Office(id, node, id, ANY_CERTIFICATE, ANY_CERTIFICATE);
    }

    private static NodeAuditKeys anyAuditKeys() {
        try {
            return new NodeAuditKeys(org.blohub.crypto.note.NoteSigner.generate("blo.mekong.example/TH/audit",
                    new java.security.SecureRandom()).verifierKey(), org.blohub.crypto.note.Cosigner.generate(
                    "blo.mekong.example/TH/witness", new java.security.SecureRandom()).verifierKey());
        } catch (org.blohub.crypto.note.NoteException e) {
            throw new IllegalStateException(e);
        }
    }
}
