package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.hub.store.jdbc.SampleTraffic.TACHILEIK;
import static org.blohub.hub.store.jdbc.SampleTraffic.envelope;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import java.time.Instant;
import java.util.Optional;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.junit.jupiter.api.Test;

abstract class ReceiptStoreContract extends StoreContract {

    private static final Instant RECEIVED = Instant.parse("2026-03-14T08:31:10.123456Z");

    private static Receipt receipt(String messageId, ReceiptKind kind, Optional<String> reason, Instant receivedAt) {
        String id = newId();
        return new Receipt(id, messageId, kind, reason, TACHILEIK, envelope("receipt " + id), true, receivedAt);
    }

    @Test
    void keepsASignedReceiptAsEvidence() {
        Receipt delivered = receipt(newId(), ReceiptKind.DELIVERED, Optional.empty(), RECEIVED);

        assertThat(stores.receipts.record(delivered)).isTrue();

        assertThat(stores.receipts.find(delivered.receiptId())).contains(delivered);
    }

    @Test
    void recordsAReplayedReceiptOnlyOnce() {
        Receipt read = receipt(newId(), ReceiptKind.READ, Optional.empty(), RECEIVED);
        stores.receipts.record(read);

        assertThat(stores.receipts.record(read)).isFalse();

        assertThat(stores.receipts.forMessage(read.messageId())).containsExactly(read);
    }

    @Test
    void aReplayedReceiptDoesNotSpoilTheRestOfTheTransaction() {
        Receipt first = receipt(newId(), ReceiptKind.DELIVERED, Optional.empty(), RECEIVED);
        stores.receipts.record(first);
        Receipt next = receipt(first.messageId(), ReceiptKind.READ, Optional.empty(), RECEIVED.plusSeconds(60));

        stores.transactions.executeWithoutResult(transaction -> {
            assertThat(stores.receipts.record(first)).isFalse();
            assertThat(stores.receipts.record(next)).isTrue();
        });

        assertThat(stores.receipts.forMessage(first.messageId())).containsExactly(first, next);
    }

    @Test
    void keepsTheReasonOfANegativeReceiptAndListsReceiptsInTheOrderReceived() {
        String messageId = newId();
        Receipt negative = receipt(messageId, ReceiptKind.NEGATIVE, Optional.of("HANDLING_CODE_NOT_AGREED"),
                RECEIVED.plusSeconds(5));
        Receipt delivered = receipt(messageId, ReceiptKind.DELIVERED, Optional.empty(), RECEIVED);
        stores.receipts.record(negative);
        stores.receipts.record(delivered);
        stores.receipts.record(receipt(newId(), ReceiptKind.READ, Optional.empty(), RECEIVED));

        assertThat(stores.receipts.forMessage(messageId)).containsExactly(delivered, negative);
        assertThat(stores.receipts.find(negative.receiptId()).orElseThrow().reasonCode())
                .contains("HANDLING_CODE_NOT_AGREED");
    }
}
