package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StatusTimeline;
import org.junit.jupiter.api.Test;

/** A reply must answer a message its office received or sent in the same conversation. */
class ReplyTargetCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final String CONVERSATION = "01KBTQ5M8Y00000000000000C1";
    private static final String RECEIVED_REQUEST = "01KBTQ5M8Y00000000000000R1";

    private final MessageStore store = mock(MessageStore.class);
    private final ReplyTargetCheck check = new ReplyTargetCheck(store);

    ReplyTargetCheckTest() {
        MessageHeader request = new MessageHeader(RECEIVED_REQUEST, CONVERSATION, Optional.empty(), "TH-MAESAI",
                List.of("MM-TACHILEIK"), "REQUEST", "FLASH", "H2", NOW, Optional.empty(), Optional.empty());
        when(store.conversation("MM-TACHILEIK", CONVERSATION)).thenReturn(List.of(new MessageSummary(Direction.INBOUND,
                request, MessageStatus.DELIVERED, Optional.empty(), new StatusTimeline(NOW, Map.of()), "00", 2,
                Optional.empty(), Optional.empty())));
    }

    private static Exchange responseTo(String inReplyTo, String conversation) {
        LiaisonMessage response = LiaisonMessage.builder().id("01KBTQ5M8Y00000000000000A1").conversationId(conversation)
                .inReplyTo(inReplyTo).from("MM-TACHILEIK").to("TH-MAESAI").kind(MessageKind.RESPONSE)
                .priority(Priority.FLASH).handling(HandlingCode.H2).createdAt(NOW).language("en").subject("Re").build();
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(Submission.of(response, "tachileik.officer"));
        return exchange;
    }

    @Test
    void acceptsAnAnswerToAMessageTheOfficeReceivedInThatConversation() {
        assertThatCode(() -> check.process(responseTo(RECEIVED_REQUEST, CONVERSATION))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnAnswerToAMessageUnknownInTheConversationNamingBoth() {
        String unknown = "01KBTQ5M8Y00000000000000X9";

        assertThatThrownBy(() -> check.process(responseTo(unknown, CONVERSATION)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(SubmissionRefusedException.Problem.INVALID);
                    assertThat(refused.fieldErrors()).singleElement().satisfies(error -> {
                        assertThat(error.path()).isEqualTo("inReplyTo");
                        assertThat(error.code()).isEqualTo(FieldErrorCode.NOT_IN_CONVERSATION);
                        assertThat(error.message()).contains(unknown, CONVERSATION);
                    });
                });
    }

    @Test
    void refusesAnAnswerThatPutsAKnownMessageInAnotherConversation() {
        assertThatThrownBy(() -> check.process(responseTo(RECEIVED_REQUEST, "01KBTQ5M8Y00000000000000C2")))
                .isInstanceOf(SubmissionRefusedException.class);
    }
}
