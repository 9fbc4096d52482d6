package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.QuarantineEntry;
import org.blohub.hub.store.QuarantinedMessage;
import org.junit.jupiter.api.Test;

abstract class QuarantineStoreContract extends StoreContract {

    private static final Instant RECEIVED = Instant.parse("2026-03-14T02:10:00Z");

    private static QuarantineEntry replay(Instant receivedAt) {
        return new QuarantineEntry(receivedAt, "DUPLICATE_MESSAGE_ID", "message id already received",
                ImmutableBytes.copyOf(new byte[] {0x30, (byte) 0x82, 0x01, 0x0a}),
                "blo_message_id=01JQ8Z00000000000000000042; blo_from_office=LA-HOUAYXAY; blo_kind=NOTIFICATION",
                Optional.of("01JQ8Z00000000000000000042"), Optional.of("LA-HOUAYXAY"), Optional.of("LA-NODE"));
    }

    @Test
    void keepsRefusedInputAsReceivedWithTheReason() {
        QuarantineEntry entry = replay(RECEIVED);

        long id = stores.quarantine.quarantine(entry);

        assertThat(stores.quarantine.find(id)).contains(new QuarantinedMessage(id, entry));
    }

    @Test
    void keepsUnreadableInputWhoseSenderIsUnknown() {
        QuarantineEntry garbage = new QuarantineEntry(RECEIVED, "NOT_CMS", "not a DER CMS structure",
                ImmutableBytes.copyOf("hello".getBytes(StandardCharsets.US_ASCII)), "", Optional.empty(),
                Optional.empty(), Optional.empty());

        long id = stores.quarantine.quarantine(garbage);

        QuarantineEntry stored = stores.quarantine.find(id).orElseThrow().entry();
        assertThat(stored).isEqualTo(garbage);
        assertThat(stored.senderOffice()).isEmpty();
    }

    @Test
    void listsTheNewestEntriesFirstAndCountsThem() {
        long older = stores.quarantine.quarantine(replay(RECEIVED));
        long newer = stores.quarantine.quarantine(replay(RECEIVED.plusSeconds(30)));
        long newest = stores.quarantine.quarantine(replay(RECEIVED.plusSeconds(60)));

        assertThat(stores.quarantine.recent(0, 2)).extracting(QuarantinedMessage::id).containsExactly(newest, newer);
        assertThat(stores.quarantine.recent(2, 2)).extracting(QuarantinedMessage::id).containsExactly(older);
        assertThat(stores.quarantine.count()).isEqualTo(3);
        assertThat(stores.quarantine.find(newest + 1000)).isEmpty();
    }

    @Test
    void aDiscardedEntryLeavesThePendingListAndLosesItsBytesOnce() {
        long first = stores.quarantine.quarantine(replay(RECEIVED));
        long second = stores.quarantine.quarantine(replay(RECEIVED.plusSeconds(30)));

        assertThat(stores.quarantine.discard(first, RECEIVED.plusSeconds(90), "th-admin", "DUPLICATE")).isTrue();

        assertThat(stores.quarantine.pending(0, 10)).extracting(QuarantinedMessage::id).containsExactly(second);
        assertThat(stores.quarantine.find(first).orElseThrow().entry().rawBytes().size()).isZero();
        assertThat(stores.quarantine.discard(first, RECEIVED.plusSeconds(120), "th-admin", "DUPLICATE"))
                .as("a second discard").isFalse();
        assertThat(stores.quarantine.discard(second + 1000, RECEIVED, "th-admin", "DUPLICATE")).isFalse();
        assertThat(stores.jdbc.sql("SELECT discarded_by FROM quarantine WHERE id = ?").param(first)
                .query(String.class).single()).isEqualTo("th-admin");
    }
}
