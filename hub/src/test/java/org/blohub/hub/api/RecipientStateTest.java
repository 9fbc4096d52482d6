package org.blohub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.junit.jupiter.api.Test;

/** The sender sees, per addressed office, how far its message got there. */
class RecipientStateTest {

    private static final Instant SENT = Instant.parse("2026-12-07T06:00:00Z");
    private static final String MESSAGE = "01KBTQ5M8Y00000000000000A1";

    private static Receipt receipt(String office, ReceiptKind kind, int secondsLater) {
        return new Receipt("receipt-" + kind + "-" + office, MESSAGE,
                kind, kind == ReceiptKind.NEGATIVE ? Optional.of("BLO-IN-006 NOT_AUTHORIZED") : Optional.empty(),
                office, ImmutableBytes.copyOf(new byte[] {1}), true, SENT.plusSeconds(secondsLater));
    }

    @Test
    void showsEachOfficeAsReadDeliveredRefusedOrStillOnItsWay() {
        List<RecipientState> states = RecipientState.of(
                List.of("LA-HOUAYXAY", "LA-TONPHEUNG", "MM-TACHILEIK", "KH-BAVET"),
                List.of(receipt("LA-HOUAYXAY", ReceiptKind.DELIVERED, 5), receipt("LA-HOUAYXAY", ReceiptKind.READ, 60),
                        receipt("LA-TONPHEUNG", ReceiptKind.DELIVERED, 7),
                        receipt("MM-TACHILEIK", ReceiptKind.NEGATIVE, 9)),
                MessageStatus.READ);

        assertThat(states).extracting(RecipientState::office, RecipientState::state, RecipientState::deliveredAt,
                        RecipientState::readAt, RecipientState::reasonCode)
                .containsExactly(
                        tuple("LA-HOUAYXAY", "READ", Optional.of(SENT.plusSeconds(5)), Optional.of(SENT.plusSeconds(60)),
                                Optional.empty()),
                        tuple("LA-TONPHEUNG", "DELIVERED", Optional.of(SENT.plusSeconds(7)), Optional.empty(),
                                Optional.empty()),
                        tuple("MM-TACHILEIK", "FAILED", Optional.empty(), Optional.empty(),
                                Optional.of("BLO-IN-006 NOT_AUTHORIZED")),
                        tuple("KH-BAVET", "SENT", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void showsAnOfficeWithoutReceiptAsQueuedWhileTheMessageWaitsForTheBroker() {
        assertThat(RecipientState.of(List.of("LA-HOUAYXAY"), List.of(), MessageStatus.QUEUED))
                .extracting(RecipientState::state).containsExactly("QUEUED");
    }
}
