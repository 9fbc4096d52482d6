package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.hub.store.jdbc.SampleTraffic.CHIANG_KHONG;
import static org.blohub.hub.store.jdbc.SampleTraffic.HOUAYXAY;
import static org.blohub.hub.store.jdbc.SampleTraffic.MAE_SAI;
import static org.blohub.hub.store.jdbc.SampleTraffic.TACHILEIK;
import static org.blohub.hub.store.jdbc.SampleTraffic.TACHILEIK_SIGNER;
import static org.blohub.hub.store.jdbc.SampleTraffic.inbound;
import static org.blohub.hub.store.jdbc.SampleTraffic.maeSaiAsksTachileik;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;
import static org.blohub.hub.store.jdbc.SampleTraffic.outbound;
import static org.blohub.hub.store.jdbc.SampleTraffic.reply;
import static org.blohub.hub.store.jdbc.SampleTraffic.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.DuplicateMessageException;
import org.blohub.hub.store.Failure;
import org.blohub.hub.store.MailboxPage;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageNotFoundException;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.OutboundMessage;
import org.blohub.hub.store.StoredMessage;
import org.junit.jupiter.api.Test;

abstract class MessageStoreContract extends StoreContract {

    private static final Instant CREATED = StoreFixture.START.minusSeconds(5);

    @Test
    void storesAnOutboundMessageAsQueuedInTheSendersOutboxWithItsEnvelope() throws Exception {
        OutboundMessage request = maeSaiAsksTachileik(CREATED);

        stores.messages.saveOutbound(request);

        StoredMessage stored = stores.messages.findInOutbox(MAE_SAI, request.header().messageId()).orElseThrow();
        MessageSummary summary = stored.summary();
        assertThat(summary.header()).isEqualTo(request.header());
        assertThat(summary.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(summary.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(summary.failure()).isEmpty();
        assertThat(summary.signer()).isEmpty();
        assertThat(stored.envelope()).contains(request.envelope());
        byte[] envelopeBytes = ("sealed CMS envelope " + request.header().messageId())
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(summary.envelopeSha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(envelopeBytes)));
        assertThat(summary.envelopeSize()).isEqualTo(envelopeBytes.length);
        assertThat(summary.timeline().storedAt()).isEqualTo(StoreFixture.START);
        assertThat(summary.timeline().at(MessageStatus.QUEUED)).contains(StoreFixture.START);
        assertThat(summary.timeline().at(MessageStatus.SENT)).isEmpty();
    }

    @Test
    void storesAnInboundMessageAsDeliveredInEveryAddressedInboxWithItsSigner() {
        MessageHeader alert = request(newId(), newId(), TACHILEIK, List.of(MAE_SAI, CHIANG_KHONG), CREATED);

        stores.messages.saveInbound(inbound(alert));

        for (String office : List.of(MAE_SAI, CHIANG_KHONG)) {
            StoredMessage stored = stores.messages.findInInbox(office, alert.messageId()).orElseThrow();
            assertThat(stored.summary().header()).isEqualTo(alert);
            assertThat(stored.summary().header().toOffices()).containsExactly(MAE_SAI, CHIANG_KHONG);
            assertThat(stored.summary().status()).isEqualTo(MessageStatus.DELIVERED);
            assertThat(stored.summary().signer()).contains(TACHILEIK_SIGNER);
            assertThat(stored.summary().timeline().at(MessageStatus.DELIVERED)).contains(StoreFixture.START);
        }
        assertThat(stores.messages.inbox(MailboxQuery.firstPage(MAE_SAI, 10)).messages())
                .extracting(MessageSummary::messageId)
                .containsExactly(alert.messageId());
    }

    @Test
    void refusesToStoreTheSameMessageTwiceInOneDirectionButKeepsBothDirections() {
        OutboundMessage toNeighbour = outbound(request(newId(), newId(), MAE_SAI, List.of(CHIANG_KHONG), CREATED));
        stores.messages.saveOutbound(toNeighbour);

        assertThatThrownBy(() -> stores.messages.saveOutbound(toNeighbour))
                .isInstanceOf(DuplicateMessageException.class)
                .hasMessageContaining(toNeighbour.header().messageId());

        stores.messages.saveInbound(inbound(toNeighbour.header()));
        assertThat(stores.messages.findInOutbox(MAE_SAI, toNeighbour.header().messageId())).isPresent();
        assertThat(stores.messages.findInInbox(CHIANG_KHONG, toNeighbour.header().messageId())).isPresent();
    }

    @Test
    void movesThroughSentDeliveredAndReadRecordingTheTimeOfEachStep() {
        OutboundMessage request = maeSaiAsksTachileik(CREATED);
        String id = request.header().messageId();
        stores.messages.saveOutbound(request);

        stores.clock.advance(Duration.ofSeconds(3));
        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.SENT)).isTrue();
        stores.clock.advance(Duration.ofSeconds(40));
        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.DELIVERED)).isTrue();
        stores.clock.advance(Duration.ofMinutes(12));
        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.READ)).isTrue();

        MessageSummary summary = stores.messages.find(id, Direction.OUTBOUND).orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(MessageStatus.READ);
        assertThat(summary.timeline().at(MessageStatus.QUEUED)).contains(StoreFixture.START);
        assertThat(summary.timeline().at(MessageStatus.SENT)).contains(StoreFixture.START.plusSeconds(3));
        assertThat(summary.timeline().at(MessageStatus.DELIVERED)).contains(StoreFixture.START.plusSeconds(43));
        assertThat(summary.timeline().at(MessageStatus.READ))
                .contains(StoreFixture.START.plusSeconds(43).plus(Duration.ofMinutes(12)));
    }

    @Test
    void neverMovesBackwardsWhenALateReceiptArrives() {
        OutboundMessage request = maeSaiAsksTachileik(CREATED);
        String id = request.header().messageId();
        stores.messages.saveOutbound(request);
        stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.READ);

        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.DELIVERED)).isFalse();
        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.READ)).isFalse();
        assertThat(stores.messages.fail(id, Direction.OUTBOUND, new Failure("RECIPIENT_REFUSED", "late")))
                .isFalse();

        MessageSummary summary = stores.messages.find(id, Direction.OUTBOUND).orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(MessageStatus.READ);
        assertThat(summary.failure()).isEmpty();
        assertThat(summary.timeline().at(MessageStatus.SENT)).as("skipped status").isEmpty();
    }

    @Test
    void recordsTheFailureReasonOfAMessageThatWasNotDelivered() {
        OutboundMessage request = maeSaiAsksTachileik(CREATED);
        String id = request.header().messageId();
        stores.messages.saveOutbound(request);
        stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.SENT);
        stores.clock.advance(Duration.ofMinutes(1));

        Failure refused = new Failure("CERTIFICATE_REVOKED", "signer certificate revoked at the recipient node");
        assertThat(stores.messages.fail(id, Direction.OUTBOUND, refused)).isTrue();
        assertThat(stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.DELIVERED)).isFalse();

        MessageSummary summary = stores.messages.find(id, Direction.OUTBOUND).orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(summary.failure()).contains(refused);
        assertThat(summary.timeline().at(MessageStatus.FAILED)).contains(StoreFixture.START.plusSeconds(60));
    }

    @Test
    void reportsAStatusChangeForAnUnknownMessage() {
        String unknown = newId();

        assertThatThrownBy(() -> stores.messages.advance(unknown, Direction.OUTBOUND, MessageStatus.SENT))
                .isInstanceOf(MessageNotFoundException.class)
                .hasMessageContaining(unknown);
        assertThatThrownBy(() -> stores.messages.fail(unknown, Direction.INBOUND, new Failure("X", "y")))
                .isInstanceOf(MessageNotFoundException.class);
    }

    @Test
    void listsTheOutboxNewestFirstInPagesWithTheTotal() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OutboundMessage message = maeSaiAsksTachileik(CREATED);
            stores.messages.saveOutbound(message);
            ids.add(message.header().messageId());
            stores.clock.advance(Duration.ofSeconds(1));
        }

        MailboxPage second = stores.messages.outbox(new MailboxQuery(MAE_SAI, Set.of(), 2, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.messages()).extracting(MessageSummary::messageId).containsExactly(ids.get(2), ids.get(1));
        assertThat(second.hasMore()).isTrue();
        MailboxPage last = stores.messages.outbox(new MailboxQuery(MAE_SAI, Set.of(), 4, 2));
        assertThat(last.messages()).extracting(MessageSummary::messageId).containsExactly(ids.get(0));
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void filtersAMailboxByStatus() {
        OutboundMessage queued = maeSaiAsksTachileik(CREATED);
        OutboundMessage read = maeSaiAsksTachileik(CREATED);
        OutboundMessage failed = maeSaiAsksTachileik(CREATED);
        List.of(queued, read, failed).forEach(stores.messages::saveOutbound);
        stores.messages.advance(read.header().messageId(), Direction.OUTBOUND, MessageStatus.READ);
        stores.messages.fail(failed.header().messageId(), Direction.OUTBOUND, new Failure("EXPIRED", "expired"));

        MailboxPage notYetRead = stores.messages.outbox(
                new MailboxQuery(MAE_SAI, Set.of(MessageStatus.QUEUED, MessageStatus.FAILED), 0, 10));

        assertThat(notYetRead.total()).isEqualTo(2);
        assertThat(notYetRead.messages()).extracting(MessageSummary::messageId)
                .containsExactlyInAnyOrder(queued.header().messageId(), failed.header().messageId());
    }

    @Test
    void neverShowsAnOfficeAnotherOfficesTraffic() {
        OutboundMessage maeSaiRequest = maeSaiAsksTachileik(CREATED);
        MessageHeader forChiangKhong = request(newId(), newId(), HOUAYXAY, List.of(CHIANG_KHONG), CREATED);
        stores.messages.saveOutbound(maeSaiRequest);
        stores.messages.saveInbound(inbound(forChiangKhong));
        String maeSaiId = maeSaiRequest.header().messageId();
        String chiangKhongId = forChiangKhong.messageId();

        assertThat(stores.messages.outbox(MailboxQuery.firstPage(CHIANG_KHONG, 10)).total()).isZero();
        assertThat(stores.messages.inbox(MailboxQuery.firstPage(MAE_SAI, 10)).total()).isZero();
        assertThat(stores.messages.findInOutbox(CHIANG_KHONG, maeSaiId)).isEmpty();
        assertThat(stores.messages.findInInbox(CHIANG_KHONG, maeSaiId)).as("addressed to Tachileik, not here")
                .isEmpty();
        assertThat(stores.messages.findInInbox(MAE_SAI, chiangKhongId)).isEmpty();
        assertThat(stores.messages.findInOutbox(MAE_SAI, chiangKhongId)).isEmpty();
        assertThat(stores.messages.conversation(CHIANG_KHONG, maeSaiRequest.header().conversationId())).isEmpty();
        assertThat(stores.messages.conversation(MAE_SAI, forChiangKhong.conversationId())).isEmpty();

        assertThat(stores.messages.outbox(MailboxQuery.firstPage(MAE_SAI, 10)).messages())
                .extracting(MessageSummary::messageId).containsExactly(maeSaiId);
        assertThat(stores.messages.inbox(MailboxQuery.firstPage(CHIANG_KHONG, 10)).messages())
                .extracting(MessageSummary::messageId).containsExactly(chiangKhongId);
    }

    @Test
    void showsAnOfficeItsConversationThreadInTheOrderItWasWritten() {
        OutboundMessage question = maeSaiAsksTachileik(CREATED);
        MessageHeader answer = reply(newId(), question.header(), TACHILEIK, CREATED.plus(Duration.ofMinutes(25)));
        MessageHeader followUp = new MessageHeader(newId(), question.header().conversationId(),
                Optional.of(answer.messageId()), MAE_SAI, List.of(TACHILEIK), "REQUEST", "FLASH", "H2",
                CREATED.plus(Duration.ofMinutes(40)), Optional.empty(), Optional.empty());
        OutboundMessage unrelated = maeSaiAsksTachileik(CREATED.plusSeconds(1));
        stores.messages.saveOutbound(outbound(followUp));
        stores.messages.saveInbound(inbound(answer));
        stores.messages.saveOutbound(question);
        stores.messages.saveOutbound(unrelated);

        List<MessageSummary> thread = stores.messages.conversation(MAE_SAI, question.header().conversationId());

        assertThat(thread).extracting(MessageSummary::messageId)
                .containsExactly(question.header().messageId(), answer.messageId(), followUp.messageId());
        assertThat(thread).extracting(MessageSummary::direction)
                .containsExactly(Direction.OUTBOUND, Direction.INBOUND, Direction.OUTBOUND);
        assertThat(thread.get(1).header().inReplyTo()).contains(question.header().messageId());
    }

    @Test
    void theOutboxRelaySeesOnlyQueuedOutboundMessagesNeverHandedToTheBrokerAndOlderThanTheCutoff() {
        OutboundMessage crashedBeforeSend = maeSaiAsksTachileik(CREATED);
        OutboundMessage handedOver = maeSaiAsksTachileik(CREATED);
        OutboundMessage alreadySent = maeSaiAsksTachileik(CREATED);
        stores.messages.saveOutbound(crashedBeforeSend);
        stores.messages.saveOutbound(handedOver);
        stores.messages.saveOutbound(alreadySent);
        stores.messages.saveInbound(inbound(request(newId(), newId(), TACHILEIK, List.of(MAE_SAI), CREATED)));
        stores.messages.markHandedToBroker(handedOver.header().messageId());
        stores.messages.advance(alreadySent.header().messageId(), Direction.OUTBOUND, MessageStatus.SENT);
        stores.clock.advance(Duration.ofSeconds(20));
        OutboundMessage tooRecent = maeSaiAsksTachileik(CREATED);
        stores.messages.saveOutbound(tooRecent);

        List<StoredMessage> pending = stores.messages.notHandedToBroker(StoreFixture.START.plusSeconds(10), 100);

        assertThat(pending).extracting(message -> message.summary().header().messageId())
                .containsExactly(crashedBeforeSend.header().messageId());
        assertThat(pending.get(0).envelope()).contains(crashedBeforeSend.envelope());
        assertThat(pending.get(0).summary().header()).isEqualTo(crashedBeforeSend.header());
    }

    @Test
    void aMessageMarkedHandedToTheBrokerIsNoLongerPendingForTheRelay() {
        OutboundMessage request = maeSaiAsksTachileik(CREATED);
        stores.messages.saveOutbound(request);
        Instant later = StoreFixture.START.plusSeconds(1);
        assertThat(stores.messages.notHandedToBroker(later, 10)).hasSize(1);

        stores.messages.markHandedToBroker(request.header().messageId());
        stores.messages.markHandedToBroker(request.header().messageId());

        assertThat(stores.messages.notHandedToBroker(later, 10)).isEmpty();
        assertThat(stores.messages.find(request.header().messageId(), Direction.OUTBOUND).orElseThrow()
                .summary().status()).isEqualTo(MessageStatus.QUEUED);
    }

    @Test
    void markingAnUnknownMessageHandedToTheBrokerIsAnError() {
        assertThatThrownBy(() -> stores.messages.markHandedToBroker(newId()))
                .isInstanceOf(MessageNotFoundException.class);
    }
}
