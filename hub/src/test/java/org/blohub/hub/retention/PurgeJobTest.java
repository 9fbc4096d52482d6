package org.blohub.hub.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.AttachmentStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionOperations;

class PurgeJobTest {

    private static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");
    private static final String ID = "01KBTQ5M8Y00000000000000R1";
    private static final PurgeCandidate REQUEST = new PurgeCandidate(ID, ID, "TH-CHIANGKHONG", List.of("LA-HOUAYXAY"),
            "ab".repeat(32));

    private final ContentPurges purges = mock(ContentPurges.class);
    private final AttachmentStore attachments = mock(AttachmentStore.class);
    private final AuditLog audit = mock(AuditLog.class);

    private PurgeJob job(String requestSetting, String otherSetting) {
        RetentionRules rules = new RetentionRules(List.of(
                new RetentionRule(MessageKind.REQUEST, RetentionPeriod.parse("blo.retention.request", requestSetting)),
                new RetentionRule(MessageKind.ALERT, RetentionPeriod.parse("blo.retention.alert", otherSetting))));
        return new PurgeJob(rules, purges, attachments, audit, TransactionOperations.withoutTransaction(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1));
    }

    @Test
    void purgesContentStoredBeforeItsKindsPeriodAndAuditsOnePurgedLeafNamingTheRule() throws IOException {
        when(purges.due("REQUEST", NOW.minusSeconds(90), PurgeJob.BATCH)).thenReturn(List.of(REQUEST));
        when(purges.purge(ID, NOW, "retention.request=90s")).thenReturn(true);

        Map<String, Integer> purged = job("90s", "never").scan();

        assertThat(purged).containsExactly(Map.entry("retention.request=90s", 1));
        verify(attachments).deleteAll(ID);
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit).append(event.capture());
        assertThat(event.getValue()).isEqualTo(new AuditEvent(NOW, AuditEventType.PURGED, Optional.of(ID),
                Optional.of(ID), Optional.of("TH-CHIANGKHONG"), List.of("LA-HOUAYXAY"), "node",
                Optional.of("ab".repeat(32)), Optional.of("retention.request=90s")));
    }

    @Test
    void aKindKeptForeverIsNotEvenLookedAt() {
        job("never", "never").scan();

        verify(purges, never()).due(anyString(), any(), anyInt());
        assertThat(job("never", "never").applies()).isFalse();
        assertThat(job("never", "5y").applies()).isTrue();
    }

    @Test
    void aMessageAnotherInstancePurgedFirstIsNotAuditedAgain() {
        when(purges.due(eq("REQUEST"), any(), anyInt())).thenReturn(List.of(REQUEST));
        when(purges.purge(anyString(), any(), anyString())).thenReturn(false);

        assertThat(job("PT1S", "never").scan()).isEmpty();
        verify(audit, never()).append(any(AuditEvent.class));
    }

    @Test
    void attachmentPartsThatCannotBeDeletedLeaveThatMessageUnpurgedButNotTheOthers() throws IOException {
        String otherId = "01KBTQ5M8Y00000000000000R2";
        PurgeCandidate other = new PurgeCandidate(otherId, otherId, "TH-CHIANGKHONG", List.of("LA-HOUAYXAY"),
                "cd".repeat(32));
        when(purges.due(eq("REQUEST"), any(), anyInt())).thenReturn(List.of(REQUEST, other));
        doThrow(new IOException("read-only file system")).when(attachments).deleteAll(ID);
        when(purges.purge(eq(otherId), any(), anyString())).thenReturn(true);

        assertThat(job("PT1S", "never").scan()).containsExactly(Map.entry("retention.request=PT1S", 1));
        verify(purges, never()).purge(eq(ID), any(), anyString());
        verify(audit).append(argThat((AuditEvent event) -> event.messageId().equals(Optional.of(otherId))));
    }

    @Test
    void aFullBatchOfMessagesThatAllFailEndsTheRunInsteadOfAskingAgain() throws IOException {
        when(purges.due(eq("REQUEST"), any(), eq(PurgeJob.BATCH)))
                .thenReturn(new ArrayList<>(Collections.nCopies(PurgeJob.BATCH, REQUEST)));
        doThrow(new IOException("read-only file system")).when(attachments).deleteAll(ID);

        assertThat(job("PT1S", "never").scan()).isEmpty();
        verify(purges, times(1)).due(eq("REQUEST"), any(), anyInt());
    }

    @Test
    void takesDueMessagesInBatchesUntilABatchIsNotFull() {
        List<PurgeCandidate> full = new ArrayList<>(Collections.nCopies(PurgeJob.BATCH, REQUEST));
        when(purges.due(eq("REQUEST"), any(), eq(PurgeJob.BATCH))).thenReturn(full, List.of(REQUEST), List.of());
        when(purges.purge(anyString(), any(), anyString())).thenReturn(true);

        assertThat(job("PT1S", "never").scan()).containsEntry("retention.request=PT1S", PurgeJob.BATCH + 1);
    }
}
