package org.blohub.hub.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.pipeline.ArrivedConsent;
import org.blohub.hub.pipeline.InboundRefusedException;
import org.blohub.hub.pipeline.RefusalReason;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.StatusTimeline;
import org.blohub.hub.store.StoredMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A consent message is accepted only as part of an exchange this node's office took part in. */
class ConsentArrivalCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");
    private static final String SENT = "01KBTQ5M8Y00000000000000A1";
    private static final String REQUEST = "01KBTQ5M8Y00000000000000B2";
    private static final String HOUAYXAY = "LA-HOUAYXAY";
    private static final String CHIANGKHONG = "TH-CHIANGKHONG";

    private final MessageStore messages = mock(MessageStore.class);
    private final ConsentRequests requests = mock(ConsentRequests.class);
    private final Forwarding forwarding = mock(Forwarding.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final ConsentBodies bodies = new ConsentBodies();
    private final ConsentArrivalCheck check = new ConsentArrivalCheck(bodies, messages, requests, forwarding, audit,
            new TransactionTemplate(mock(PlatformTransactionManager.class)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ArrivedConsent arrived(MessageKind kind, String inReplyTo, String body) {
        LiaisonMessage message = LiaisonMessage.builder().id(REQUEST).conversationId(SENT).inReplyTo(inReplyTo)
                .from(CHIANGKHONG).to(HOUAYXAY).kind(kind).priority(Priority.IMMEDIATE)
                .handling(Handling.of(HandlingCode.H2)).createdAt(NOW).language("en").subject("Consent request")
                .body(body).build();
        return new ArrivedConsent(HOUAYXAY, message, ImmutableBytes.copyOf(new byte[] {1, 2, 3}), "peer:TH");
    }

    private String requestBody(String about) {
        return bodies.write(new ConsentTerms(about, List.of("TH-MAESAI"), Optional.of("Same driver"), Optional.empty()));
    }

    private void houayxaySent(String handlingCode, String to) {
        MessageHeader header = new MessageHeader(SENT, SENT, Optional.empty(), HOUAYXAY, List.of(to), "REQUEST",
                "IMMEDIATE", handlingCode, NOW, Optional.empty(), Optional.empty());
        StoredMessage sent = new StoredMessage(new MessageSummary(Direction.OUTBOUND, header, MessageStatus.DELIVERED,
                Optional.empty(), new StatusTimeline(NOW, Map.of()), "00".repeat(32), 3, Optional.empty(),
                Optional.empty()), Optional.of(ImmutableBytes.copyOf(new byte[] {4, 5, 6})));
        when(messages.findInOutbox(HOUAYXAY, SENT)).thenReturn(Optional.of(sent));
    }

    @Nested
    class Requests {

        @Test
        void aRequestAboutAnH2MessageTheOfficeSentToTheRequesterIsStoredPendingAndAudited() throws Exception {
            houayxaySent("H2", CHIANGKHONG);
            when(requests.insertIfAbsent(any())).thenReturn(true);

            check.arrived(arrived(MessageKind.CONSENT_REQUEST, SENT, requestBody(SENT)));

            verify(requests).insertIfAbsent(org.mockito.ArgumentMatchers.argThat(stored ->
                    stored.requestId().equals(REQUEST) && stored.messageId().equals(SENT)
                            && stored.office().equals(HOUAYXAY) && stored.requester().equals(CHIANGKHONG)
                            && stored.targets().equals(List.of("TH-MAESAI")) && stored.state() == ConsentState.PENDING));
            verify(audit).append(eq(AuditEventType.CONSENT_REQUEST), eq(Optional.of(SENT)), any(),
                    eq(Optional.of(CHIANGKHONG)), eq(List.of("TH-MAESAI")), eq("peer:TH"), any(),
                    eq(Optional.of(REQUEST)));
        }

        @Test
        void theSameRequestArrivingAgainIsNotAuditedTwice() throws Exception {
            houayxaySent("H2", CHIANGKHONG);
            when(requests.insertIfAbsent(any())).thenReturn(false);

            check.arrived(arrived(MessageKind.CONSENT_REQUEST, SENT, requestBody(SENT)));

            verifyNoInteractions(audit);
        }

        @Test
        void aRequestAboutAMessageTheOfficeNeverSentIsRefusedAsUnmatched() {
            when(messages.findInOutbox(HOUAYXAY, SENT)).thenReturn(Optional.empty());

            assertUnmatched(arrived(MessageKind.CONSENT_REQUEST, SENT, requestBody(SENT)),
                    "it is about message " + SENT + ", which LA-HOUAYXAY did not send to TH-CHIANGKHONG");
        }

        @Test
        void aRequestAboutAMessageSentToAnotherOfficeIsRefusedAsUnmatched() {
            houayxaySent("H2", "TH-CHIANGSAEN");

            assertUnmatched(arrived(MessageKind.CONSENT_REQUEST, SENT, requestBody(SENT)), "did not send to");
        }

        @Test
        void aRequestAboutAnH1MessageIsRefusedBecauseItNeedsNoConsent() {
            houayxaySent("H1", CHIANGKHONG);

            assertUnmatched(arrived(MessageKind.CONSENT_REQUEST, SENT, requestBody(SENT)),
                    "has handling code H1, which needs no consent");
        }

        @Test
        void aRequestWhoseSignedInReplyToDiffersFromItsBodyIsRefused() {
            houayxaySent("H2", CHIANGKHONG);

            assertUnmatched(arrived(MessageKind.CONSENT_REQUEST, REQUEST, requestBody(SENT)),
                    "its inReplyTo does not name message " + SENT);
        }

        @Test
        void aBodyThatIsNoConsentRequestIsRefused() {
            assertUnmatched(arrived(MessageKind.CONSENT_REQUEST, SENT, "{\"consentRequest\": 1, \"targets\": []}"),
                    "its body is not a consent request");
        }
    }

    @Nested
    class Replies {

        @Test
        void aReadableReplyGoesToForwardingWhichChecksItAgainstTheRequestsSent() throws Exception {
            ArrivedConsent reply = arrived(MessageKind.CONSENT_REPLY, REQUEST, bodies.write(new ConsentAnswer(REQUEST,
                    SENT, ConsentDecision.REFUSED, Optional.of("Source protection"))));

            check.arrived(reply);

            verify(forwarding).answered(eq(reply), eq(new ConsentAnswer(REQUEST, SENT, ConsentDecision.REFUSED,
                    Optional.of("Source protection"))));
        }

        @Test
        void aReplyWithoutAKnownDecisionIsRefusedBeforeAnyLookup() throws Exception {
            assertUnmatched(arrived(MessageKind.CONSENT_REPLY, REQUEST, "{\"consentReply\": 1, \"requestId\": \""
                    + REQUEST + "\", \"messageId\": \"" + SENT + "\", \"decision\": \"MAYBE\"}"),
                    "not a consent reply with a decision GRANTED or REFUSED");
            verify(forwarding, never()).answered(any(), any());
        }
    }

    private void assertUnmatched(ArrivedConsent consent, String reason) {
        assertThatThrownBy(() -> check.arrived(consent)).isInstanceOfSatisfying(InboundRefusedException.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.CONSENT_UNMATCHED);
                    assertThat(refused.getMessage()).startsWith("BLO-IN-015 CONSENT_UNMATCHED: ").contains(reason);
                });
        verify(requests, never()).insertIfAbsent(any());
        verify(audit, never()).append(any(), any(), any(), any(), anyList(), anyString(), any(), any());
    }
}
