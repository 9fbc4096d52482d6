package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TH is stopped while four systems keep submitting, once 250 of their messages are accepted, and started again
 * on the same data: every accepted message reaches LA exactly once and comes back DELIVERED.
 */
class SenderRestartIT {

    private static final int SUBMITTERS = 4;
    private static final int STOP_AFTER_ACCEPTED = 250;
    private static final int MAXIMUM_ATTEMPTS = 20_000;
    private static final Duration PATIENCE = Duration.ofMinutes(12);

    @TempDir
    Path directory;

    private TwoNodes nodes;

    @AfterEach
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void noAcceptedMessageIsLostOrDoubledWhenTheSenderRestartsMidFlight() throws Exception {
        nodes = new TwoNodes(directory).start();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        for (int i = 0; i < SUBMITTERS; i++) {
            submitters.execute(() -> {
                int number;
                while ((number = attempts.getAndIncrement()) < MAXIMUM_ATTEMPTS) {
                    TwoNodes.Response response = safeSubmit(number);
                    if (response.status() != 202) {
                        cutOff.incrementAndGet();
                        return;
                    }
                    accepted.add(response.json().get("messageId").asString());
                }
            });
        }
        await().atMost(PATIENCE).until(() -> accepted.size() >= STOP_AFTER_ACCEPTED);
        nodes.th.close();
        submitters.shutdown();
        assertThat(submitters.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(cutOff.get()).as("submissions cut off by the stop").isPositive();

        nodes.startTh();

        MessageStore thStore = nodes.th.getBean(MessageStore.class);
        MessageStore laStore = nodes.la.getBean(MessageStore.class);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String id : accepted) {
                assertThat(thStore.find(id, Direction.OUTBOUND)).as(id)
                        .hasValueSatisfying(m -> assertThat(m.summary().status()).isEqualTo(MessageStatus.DELIVERED));
            }
        });
        for (String id : accepted) {
            assertThat(laStore.find(id, Direction.INBOUND)).as(id).isPresent();
        }
        Map<String, Long> deliveredEvents = nodes.la.getBean(AuditLog.class).read(0, 100_000).stream()
                .map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.DELIVERED)
                .collect(java.util.stream.Collectors.groupingBy(event -> event.messageId().orElseThrow(),
                        java.util.stream.Collectors.counting()));
        assertThat(deliveredEvents.keySet()).containsAll(accepted);
        assertThat(deliveredEvents.values()).allMatch(count -> count == 1);
        List<String> failed = accepted.stream()
                .filter(id -> thStore.find(id, Direction.OUTBOUND).orElseThrow().summary().status() == MessageStatus.FAILED)
                .toList();
        assertThat(failed).isEmpty();
    }

    private TwoNodes.Response safeSubmit(int number) {
        try {
            return nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "POST", "/api/messages",
                    TwoNodes.request("LA-HOUAYXAY", "H2", "Request " + number));
        } catch (RuntimeException stopped) {
            return new TwoNodes.Response(0, "");
        }
    }
}
