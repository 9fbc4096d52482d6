package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.web.oversight.TimelineRow.RowCheck;
import org.junit.jupiter.api.Test;

class CrossNodeTimelineTest {

    private static final Instant SENT = Instant.parse("2026-03-14T08:30:00Z");

    private static TimelineRow row(String node, long index, AuditEventType type, Instant at, RowCheck check) {
        return new TimelineRow(node, new TimelineEntry(index, at, type, Optional.empty(), Optional.empty(), "node",
                Optional.of("TH-MAESAI"), List.of("LA-HOUAYXAY")), check);
    }

    @Test
    void interleavesBothNodesEventsByTimeAndKeepsWhichNodeRecordedEach() {
        List<TimelineRow> thailand = List.of(
                row("TH", 10, AuditEventType.SUBMITTED, SENT, RowCheck.THIS_NODE),
                row("TH", 11, AuditEventType.SENT, SENT.plusSeconds(1), RowCheck.THIS_NODE),
                row("TH", 15, AuditEventType.RECEIPT, SENT.plusSeconds(4), RowCheck.THIS_NODE));
        PeerPart laos = new PeerPart("LA", List.of(
                row("LA", 3, AuditEventType.RECEIVED, SENT.plusSeconds(2), RowCheck.IN_PEER_CHECKPOINT),
                row("LA", 4, AuditEventType.DELIVERED, SENT.plusSeconds(3), RowCheck.AS_REPORTED)), Optional.empty());

        CrossNodeTimeline timeline = CrossNodeTimeline.merge(thailand, List.of(laos));

        assertThat(timeline.rows()).extracting(TimelineRow::node, row -> row.entry().type(), TimelineRow::check)
                .containsExactly(
                        tuple("TH", AuditEventType.SUBMITTED, RowCheck.THIS_NODE),
                        tuple("TH", AuditEventType.SENT, RowCheck.THIS_NODE),
                        tuple("LA", AuditEventType.RECEIVED, RowCheck.IN_PEER_CHECKPOINT),
                        tuple("LA", AuditEventType.DELIVERED, RowCheck.AS_REPORTED),
                        tuple("TH", AuditEventType.RECEIPT, RowCheck.THIS_NODE));
    }

    @Test
    void atTheSameTimeThisNodesEventsComeFirstThenPeersInLogOrder() {
        List<TimelineRow> thailand = List.of(row("TH", 20, AuditEventType.RECEIPT, SENT, RowCheck.THIS_NODE));
        PeerPart laos = new PeerPart("LA", List.of(
                row("LA", 8, AuditEventType.READ, SENT, RowCheck.AS_REPORTED),
                row("LA", 7, AuditEventType.DELIVERED, SENT, RowCheck.AS_REPORTED)), Optional.empty());

        CrossNodeTimeline timeline = CrossNodeTimeline.merge(thailand, List.of(laos));

        assertThat(timeline.rows()).extracting(TimelineRow::node, row -> row.entry().index())
                .containsExactly(tuple("TH", 20L), tuple("LA", 7L), tuple("LA", 8L));
    }

    @Test
    void anUnreachablePeerLeavesThisNodesEventsAndItsReason() {
        List<TimelineRow> thailand = List.of(row("TH", 10, AuditEventType.SENT, SENT, RowCheck.THIS_NODE));

        CrossNodeTimeline timeline = CrossNodeTimeline.merge(thailand,
                List.of(PeerPart.unavailable("LA", "cannot reach http://la.example:8080/api/audit/events")));

        assertThat(timeline.rows()).extracting(TimelineRow::node).containsExactly("TH");
        assertThat(timeline.peers()).singleElement().satisfies(peer -> {
            assertThat(peer.node()).isEqualTo("LA");
            assertThat(peer.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("cannot reach"));
        });
    }
}
