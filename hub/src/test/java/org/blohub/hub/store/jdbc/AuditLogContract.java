package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.hub.store.jdbc.SampleTraffic.MAE_SAI;
import static org.blohub.hub.store.jdbc.SampleTraffic.event;
import static org.blohub.hub.store.jdbc.SampleTraffic.maeSaiAsksTachileik;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.OutboundMessage;
import org.junit.jupiter.api.Test;

abstract class AuditLogContract extends StoreContract {

    private static final Instant TIME = Instant.parse("2026-03-14T08:30:01.250Z");

    @Test
    void givesEventsIndicesFromZeroAndReadsThemBackAsAppended() {
        String conversation = newId();
        List<AuditEvent> events = List.of(
                event(AuditEventType.SUBMITTED, newId(), conversation, "officer:th-maesai-duty", TIME),
                event(AuditEventType.SENT, newId(), conversation, "node:TH", TIME.plusMillis(40)),
                event(AuditEventType.RECEIPT, newId(), conversation, "node:TH", TIME.plusSeconds(50)));

        List<Long> indices = events.stream().map(stores.auditLog::append).toList();

        assertThat(indices).containsExactly(0L, 1L, 2L);
        assertThat(stores.auditLog.size()).isEqualTo(3);
        assertThat(stores.auditLog.read(0, 10)).extracting(AuditRecord::event).containsExactlyElementsOf(events);
        assertThat(stores.auditLog.read(1, 1)).extracting(AuditRecord::index).containsExactly(1L);
        assertThat(stores.auditLog.read(3, 10)).isEmpty();
    }

    @Test
    void keepsAnEventWithoutMessageFieldsSuchAsALogin() {
        AuditEvent login = new AuditEvent(TIME, AuditEventType.LOGIN, Optional.empty(), Optional.empty(),
                Optional.of(MAE_SAI), List.of(), "officer:th-maesai-duty", Optional.empty(), Optional.empty());

        long index = stores.auditLog.append(login);

        assertThat(stores.auditLog.read(index, 1).get(0).event()).isEqualTo(login);
    }

    @Test
    void storesTheLeafTheEncoderMadeWithTheIndexAndItsRfc9162LeafHash() {
        AuditEvent keyRotated = new AuditEvent(TIME, AuditEventType.ADMIN, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "admin:th-national", Optional.empty(), Optional.of("KEY_ROTATED"));

        stores.auditLog.append(keyRotated);
        stores.auditLog.append(keyRotated);

        // SHA-256(0x00 || leaf bytes), computed with printf '\x00...' | sha256sum
        List<AuditRecord> records = stores.auditLog.read(0, 2);
        assertThat(new String(records.get(1).leafBytes().toByteArray(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"actor\":\"admin:th-national\",\"index\":1,\"reasonCode\":\"KEY_ROTATED\","
                        + "\"time\":\"2026-03-14T08:30:01.250Z\",\"to\":[],\"type\":\"ADMIN\",\"v\":1}");
        assertThat(HexFormat.of().formatHex(records.get(0).leafHash().toByteArray()))
                .isEqualTo("de98985fac47de1daabb887fdec99cf2d6e5ac50f7125f226c6a9ecd6fe0dcf6");
        assertThat(HexFormat.of().formatHex(records.get(1).leafHash().toByteArray()))
                .isEqualTo("312b5086c0c99d1c25d7e47c4cd577cbb81b3cda21a6fdfc033ea6249b3bc5fd");
    }

    @Test
    void findsTheEventsOfOneMessageAndOfOneConversationInOrder() {
        String conversation = newId();
        String request = newId();
        String reply = newId();
        stores.auditLog.append(event(AuditEventType.SENT, request, conversation, "node:TH", TIME));
        stores.auditLog.append(event(AuditEventType.SENT, newId(), newId(), "node:TH", TIME));
        stores.auditLog.append(event(AuditEventType.RECEIPT, request, conversation, "node:TH", TIME));
        stores.auditLog.append(event(AuditEventType.RECEIVED, reply, conversation, "node:TH", TIME));

        assertThat(stores.auditLog.forMessage(request)).extracting(AuditRecord::index).containsExactly(0L, 2L);
        assertThat(stores.auditLog.forConversation(conversation)).extracting(AuditRecord::index)
                .containsExactly(0L, 2L, 3L);
    }

    @Test
    void eightThreadsOnTwoHubInstancesAppendFourThousandEventsWithoutGapOrRepeat() throws Exception {
        int threads = 8;
        int appendsPerThread = 500;
        StoreFixture other = secondInstance();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Map<Long, String>>> results = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            StoreFixture instance = t % 2 == 0 ? stores : other;
            String thread = "thread-" + t;
            results.add(pool.submit(() -> {
                start.await();
                Map<Long, String> actorByIndex = new HashMap<>();
                for (int i = 0; i < appendsPerThread; i++) {
                    String actor = thread + "-" + i;
                    long index = instance.transactions.execute(transaction ->
                            instance.auditLog.append(event(AuditEventType.SENT, newId(), "c", actor, TIME)));
                    actorByIndex.put(index, actor);
                }
                return actorByIndex;
            }));
        }
        start.countDown();
        Map<Long, String> actorByIndex = new HashMap<>();
        try {
            for (Future<Map<Long, String>> result : results) {
                Map<Long, String> fromThread = result.get(5, TimeUnit.MINUTES);
                fromThread.keySet().forEach(index -> assertThat(actorByIndex).doesNotContainKey(index));
                actorByIndex.putAll(fromThread);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * appendsPerThread;
        assertThat(actorByIndex.keySet()).containsExactlyInAnyOrderElementsOf(
                LongStream.range(0, total).boxed().toList());
        assertThat(stores.auditLog.size()).isEqualTo(total);
        assertThat(stores.jdbc.sql("SELECT COUNT(*) FROM audit_events").query(Long.class).single())
                .isEqualTo(total);
        List<AuditRecord> stored = stores.auditLog.read(0, total);
        assertThat(stored).hasSize(total);
        for (AuditRecord record : stored) {
            assertThat(record.event().actor()).as("event stored at index %d", record.index())
                    .isEqualTo(actorByIndex.get(record.index()));
        }
    }

    @Test
    void aRolledBackStatusChangeTakesItsEventAndIndexWithIt() {
        OutboundMessage request = maeSaiAsksTachileik(TIME);
        String id = request.header().messageId();
        stores.messages.saveOutbound(request);
        stores.auditLog.append(event(AuditEventType.SUBMITTED, id, request.header().conversationId(), "o", TIME));

        stores.transactions.executeWithoutResult(transaction -> {
            stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.SENT);
            assertThat(stores.auditLog.append(event(AuditEventType.SENT, id, "c", "node:TH", TIME))).isEqualTo(1);
            transaction.setRollbackOnly();
        });

        assertThat(stores.messages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                .isEqualTo(MessageStatus.QUEUED);
        assertThat(stores.auditLog.size()).isEqualTo(1);
        assertThat(stores.auditLog.forMessage(id)).extracting(record -> record.event().type())
                .containsExactly(AuditEventType.SUBMITTED);

        long next = stores.transactions.execute(transaction -> {
            stores.messages.advance(id, Direction.OUTBOUND, MessageStatus.SENT);
            return stores.auditLog.append(event(AuditEventType.SENT, id, "c", "node:TH", TIME));
        });

        assertThat(next).isEqualTo(1);
        assertThat(stores.messages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                .isEqualTo(MessageStatus.SENT);
        assertThat(stores.auditLog.read(0, 10)).extracting(record -> record.event().type())
                .containsExactly(AuditEventType.SUBMITTED, AuditEventType.SENT);
    }

    @Test
    void anAppendWaitingBehindATransactionThatRollsBackGetsTheIndexItReleased() throws Exception {
        StoreFixture other = secondInstance();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch rollBack = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> rolledBack = threads.submit(() -> stores.transactions.execute(transaction -> {
                long index = stores.auditLog.append(event(AuditEventType.SENT, newId(), "c", "first", TIME));
                appended.countDown();
                awaitQuietly(rollBack);
                transaction.setRollbackOnly();
                return index;
            }));
            appended.await(30, TimeUnit.SECONDS);
            Future<Long> waiting = threads.submit(() ->
                    other.auditLog.append(event(AuditEventType.SENT, newId(), "c", "second", TIME)));
            Thread.sleep(200);
            assertThat(waiting).as("blocked on the sequencer row").isNotDone();
            rollBack.countDown();

            assertThat(rolledBack.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(waiting.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            threads.shutdownNow();
        }
        assertThat(stores.auditLog.read(0, 10)).extracting(record -> record.event().actor())
                .containsExactly("second");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
