package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.ReceiptStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class MessageTimelineTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-14T08:30:00Z");

    private SingleConnectionDataSource dataSource;
    private OversightData data;
    private final List<Receipt> receipts = new ArrayList<>();
    private final ReceiptStore receiptStore = new ReceiptStore() {
        @Override
        public boolean record(Receipt receipt) {
            return receipts.add(receipt);
        }

        @Override
        public Optional<Receipt> find(String receiptId) {
            return receipts.stream().filter(receipt -> receipt.receiptId().equals(receiptId)).findFirst();
        }

        @Override
        public List<Receipt> forMessage(String messageId) {
            return receipts.stream().filter(receipt -> receipt.messageId().equals(messageId)).toList();
        }
    };

    @BeforeEach
    void freshDatabase() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private ImmutableBytes receipt(String messageId, ReceiptKind kind) {
        ImmutableBytes envelope = OversightData.bytes("signed " + kind + " receipt for " + messageId);
        receiptStore.record(new Receipt(OversightData.newId(), messageId, kind, Optional.empty(), "MM-TACHILEIK",
                envelope, true, SUBMITTED));
        return envelope;
    }

    @Test
    void listsTheMessagesEventsByTimeWithTheKindOfEachReceipt() {
        String id = OversightData.newId();
        String delivered = receipt(id, ReceiptKind.DELIVERED).sha256Hex();
        String read = receipt(id, ReceiptKind.READ).sha256Hex();
        data.auditLog.append(OversightData.event(AuditEventType.SUBMITTED, id, SUBMITTED, Optional.empty()));
        data.auditLog.append(OversightData.event(AuditEventType.SENT, id, SUBMITTED.plusSeconds(2), Optional.empty()));
        data.auditLog.append(OversightData.event(AuditEventType.SENT, OversightData.newId(), SUBMITTED.plusSeconds(3),
                Optional.empty()));
        data.auditLog.append(OversightData.event(AuditEventType.RECEIPT, id, SUBMITTED.plusSeconds(9),
                Optional.of(read)));
        // the DELIVERED receipt was recorded after the READ one but carries the earlier time
        data.auditLog.append(OversightData.event(AuditEventType.RECEIPT, id, SUBMITTED.plusSeconds(5),
                Optional.of(delivered)));

        List<TimelineEntry> timeline = new MessageTimeline(data.auditLog, receiptStore).of(id);

        assertThat(timeline).extracting(TimelineEntry::index, TimelineEntry::type, TimelineEntry::receiptKind)
                .containsExactly(
                        tuple(0L, AuditEventType.SUBMITTED, Optional.empty()),
                        tuple(1L, AuditEventType.SENT, Optional.empty()),
                        tuple(4L, AuditEventType.RECEIPT, Optional.of("DELIVERED")),
                        tuple(3L, AuditEventType.RECEIPT, Optional.of("READ")));
    }

    @Test
    void keepsLogOrderForEventsOfTheSameTime() {
        String id = OversightData.newId();
        data.auditLog.append(OversightData.event(AuditEventType.RECEIVED, id, SUBMITTED, Optional.empty()));
        data.auditLog.append(OversightData.event(AuditEventType.DELIVERED, id, SUBMITTED, Optional.empty()));

        assertThat(new MessageTimeline(data.auditLog, receiptStore).of(id)).extracting(TimelineEntry::type)
                .containsExactly(AuditEventType.RECEIVED, AuditEventType.DELIVERED);
    }

    @Test
    void isEmptyForAMessageThisNodeNeverSaw() {
        assertThat(new MessageTimeline(data.auditLog, receiptStore).of(OversightData.newId())).isEmpty();
    }
}
