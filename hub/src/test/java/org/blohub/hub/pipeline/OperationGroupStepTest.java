package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.hub.registry.Agreement;
import org.blohub.hub.registry.AgreementDirection;
import org.blohub.hub.registry.BrokerEndpoint;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.Office;
import org.blohub.hub.registry.OperationGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A message to an operation group goes to every member the agreements allow, and only while the group runs. */
class OperationGroupStepTest {

    private static final Instant NOW = Instant.parse("2026-12-07T23:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final X509Certificate ANY_CERTIFICATE = DevelopmentPki.create("Mekong", CLOCK)
            .issueOfficeSigning("TH-CHIANGKHONG", KeyAlgorithm.EC_P256).certificate();
    private static final String JOINT = "MEKONG-JOINT-2026";

    private static final NetworkRegistry REGISTRY = new NetworkRegistry(1, NOW, "blo.mekong.example",
            List.of(node("TH"), node("LA"), node("MM")),
            List.of(office("TH-CHIANGKHONG", "TH"), office("TH-MAESAI", "TH"), office("LA-HOUAYXAY", "LA"),
                    office("LA-TONPHEUNG", "LA"), office("MM-TACHILEIK", "MM")),
            List.of(new Agreement("TH-LA-CK-2026", List.of("TH-CHIANGKHONG"), List.of("LA-HOUAYXAY"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(org.blohub.hub.registry.MessageKind.class),
                            org.blohub.hub.registry.HandlingCode.H3),
                    new Agreement("TH-LA-CK-TP-2026", List.of("TH-CHIANGKHONG"), List.of("LA-TONPHEUNG"),
                            AgreementDirection.ONE_WAY, Set.of(org.blohub.hub.registry.MessageKind.ALERT),
                            org.blohub.hub.registry.HandlingCode.H0),
                    new Agreement("TH-MM-MS-2026", List.of("TH-MAESAI"), List.of("MM-TACHILEIK"),
                            AgreementDirection.BOTH_WAYS, EnumSet.allOf(org.blohub.hub.registry.MessageKind.class),
                            org.blohub.hub.registry.HandlingCode.H2)),
            Map.of("TH", ANY_CERTIFICATE),
            List.of(new OperationGroup(JOINT, "Joint operation Mekong", "TH-CHIANGKHONG",
                            List.of("TH-CHIANGKHONG", "LA-HOUAYXAY", "LA-TONPHEUNG", "MM-TACHILEIK"),
                            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7)),
                    new OperationGroup("MEKONG-RAINY-2026", "Rainy season", "LA-HOUAYXAY",
                            List.of("LA-HOUAYXAY", "TH-CHIANGKHONG"), LocalDate.of(2026, 6, 1),
                            LocalDate.of(2026, 9, 30))));

    private final OperationGroupStep step = new OperationGroupStep(REGISTRY, CLOCK);

    private static LiaisonMessage.Builder alert(String group) {
        return LiaisonMessage.builder().id("01KBTQ5M8Y00000000000000A1").conversationId("01KBTQ5M8Y00000000000000A1")
                .from("TH-CHIANGKHONG").to(List.of()).operationGroup(group).kind(MessageKind.ALERT)
                .priority(Priority.IMMEDIATE).handling(HandlingCode.H0).createdAt(NOW).language("en").subject("Boat");
    }

    @Nested
    class AddressingTheMembers {

        @Test
        void addsEveryMemberTheAgreementsAllowAndNamesTheOthersWithTheReason() throws Exception {
            OperationGroupStep.GroupAddressing addressing = step.address(alert(JOINT).build());

            assertThat(addressing.message().to()).containsExactly("LA-HOUAYXAY", "LA-TONPHEUNG");
            assertThat(addressing.message().operationGroup()).contains(JOINT);
            assertThat(addressing.leftOut()).containsExactly(new LeftOutRecipient("MM-TACHILEIK",
                    "no agreement allows TH-CHIANGKHONG to send ALERT to MM-TACHILEIK"));
        }

        @Test
        void leavesOutAMemberWhoseAgreementDoesNotReachTheHandlingCode() throws Exception {
            OperationGroupStep.GroupAddressing addressing = step.address(alert(JOINT).handling(HandlingCode.H2).build());

            assertThat(addressing.message().to()).containsExactly("LA-HOUAYXAY");
            assertThat(addressing.leftOut()).extracting(LeftOutRecipient::office)
                    .containsExactly("LA-TONPHEUNG", "MM-TACHILEIK");
            assertThat(addressing.leftOut().get(0).reason()).contains("only up to handling code H0", "message has H2");
        }

        @Test
        void keepsTheOfficesTheSenderNamedFirstWithoutRepeatingThem() throws Exception {
            LiaisonMessage message = alert(JOINT).to("LA-TONPHEUNG").build();

            assertThat(step.address(message).message().to()).containsExactly("LA-TONPHEUNG", "LA-HOUAYXAY");
        }

        @Test
        void carriesTheLeftOutMembersWithTheExchangeForTheAnswerAndTheAudit() throws Exception {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.getMessage().setBody(Submission.of(alert(JOINT).build(), "chiangkhong.officer"));

            step.process(exchange);

            assertThat(exchange.getMessage().getBody(Submission.class).message().to())
                    .containsExactly("LA-HOUAYXAY", "LA-TONPHEUNG");
            assertThat(OperationGroupStep.leftOut(exchange)).extracting(LeftOutRecipient::office)
                    .containsExactly("MM-TACHILEIK");
        }

        @Test
        void leavesAMessageWithoutGroupAsItIs() throws Exception {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            Submission submission = Submission.of(alert(JOINT).operationGroup(java.util.Optional.empty())
                    .to("LA-HOUAYXAY").build(), "chiangkhong.officer");
            exchange.getMessage().setBody(submission);

            step.process(exchange);

            assertThat(exchange.getMessage().getBody(Submission.class)).isSameAs(submission);
            assertThat(OperationGroupStep.leftOut(exchange)).isEmpty();
        }
    }

    @Nested
    class Refusing {

        @Test
        void aGroupThatEndedNamingItsDatesAndThatItsHistoryStaysReadable() {
            LiaisonMessage message = alert("MEKONG-RAINY-2026").build();

            assertThatThrownBy(() -> step.address(message)).isInstanceOfSatisfying(SubmissionRefusedException.class,
                    refused -> {
                        assertThat(refused.problem()).isEqualTo(SubmissionRefusedException.Problem.NOT_AUTHORIZED);
                        assertThat(refused.getMessage()).isEqualTo("Operation group MEKONG-RAINY-2026 accepts "
                                + "messages from 2026-06-01 to 2026-09-30 (UTC), not on 2026-12-07; its earlier "
                                + "messages stay readable.");
                        assertThat(refused.fieldErrors()).extracting(FieldError::path).containsExactly("operationGroup");
                    });
        }

        @Test
        void aGroupOnTheDayAfterItsLastDay() {
            OperationGroupStep tomorrow = new OperationGroupStep(REGISTRY,
                    Clock.fixed(NOW.plusSeconds(1800), ZoneOffset.UTC));

            assertThatThrownBy(() -> tomorrow.address(alert(JOINT).build()))
                    .hasMessageContaining("not on 2026-12-08");
        }

        @Test
        void anUnknownGroup() {
            assertThatThrownBy(() -> step.address(alert("MEKONG-NOWHERE").build()))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problem())
                            .isEqualTo(SubmissionRefusedException.Problem.INVALID))
                    .hasMessage("There is no operation group MEKONG-NOWHERE in the network registry; check the group id.");
        }

        @Test
        void aRequestToAGroup() {
            assertThatThrownBy(() -> step.address(alert(JOINT).kind(MessageKind.REQUEST).build()))
                    .hasMessageStartingWith("Only an ALERT or a NOTIFICATION can go to an operation group");
        }

        @Test
        void aSenderThatIsNoMember() {
            assertThatThrownBy(() -> step.address(alert(JOINT).from("TH-MAESAI").build()))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problem())
                            .isEqualTo(SubmissionRefusedException.Problem.NOT_AUTHORIZED))
                    .hasMessage("TH-MAESAI is not a member of operation group MEKONG-JOINT-2026; ask its owner "
                            + "TH-CHIANGKHONG to send it.");
        }

        @Test
        void aMessageThatNoMemberMayReceive() {
            assertThatThrownBy(() -> step.address(alert(JOINT).from("MM-TACHILEIK").kind(MessageKind.NOTIFICATION)
                    .build()))
                    .hasMessageStartingWith("No member of operation group MEKONG-JOINT-2026 may receive this "
                            + "NOTIFICATION with handling H0 from MM-TACHILEIK")
                    .hasMessageContaining("no agreement allows MM-TACHILEIK to send NOTIFICATION to LA-HOUAYXAY");
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
