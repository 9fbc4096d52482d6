package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditProperties;
import org.blohub.hub.audit.evidence.EvidenceBundleBuilder;
import org.blohub.hub.audit.evidence.EvidenceNotYetCheckpointedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;

class AuditorPagesEvidenceTest {

    static final String MESSAGE = "01JBLOEVIDENCE000000000000";

    private final EvidenceBundleBuilder builder = mock(EvidenceBundleBuilder.class);
    private final CrossNodeTimelines timelines = mock(CrossNodeTimelines.class);
    private final AuditorPages pages = new AuditorPages(mock(AuditLog.class), timelines,
            mock(ConversationMessages.class), mock(InclusionCheck.class), mock(PeerAuditOverview.class),
            mock(TrafficStatistics.class), Optional.of(builder),
            new AuditProperties(Duration.ofSeconds(45), null, null, null, null), Clock.systemUTC());

    @Test
    void anEvidenceLinkBeforeACheckpointCoversTheMessageLeadsBackToTheMessagePage() {
        when(builder.build(MESSAGE)).thenThrow(new EvidenceNotYetCheckpointedException("event 7 is newer"));

        ResponseEntity<byte[]> answer = pages.evidence(MESSAGE);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION))
                .isEqualTo("/audit/messages/" + MESSAGE + "?evidence=pending");
    }

    @Test
    void theMessagePageThenSaysTheBundleWaitsForTheNextCheckpointAndHowOftenTheyAreMade() {
        when(timelines.of(MESSAGE)).thenReturn(timelineOfOneEvent());
        ExtendedModelMap model = new ExtendedModelMap();

        pages.message(MESSAGE, Optional.empty(), Optional.of("pending"), model);

        assertThat(model.get("evidencePending")).isEqualTo(true);
        assertThat(model.get("checkpointSeconds")).isEqualTo(45L);
    }

    @Test
    void theMessagePageOpenedOtherwiseSaysNothingAboutAPendingBundle() {
        when(timelines.of(MESSAGE)).thenReturn(timelineOfOneEvent());
        ExtendedModelMap model = new ExtendedModelMap();

        pages.message(MESSAGE, Optional.empty(), Optional.empty(), model);

        assertThat(model.get("evidencePending")).isEqualTo(false);
    }

    @Test
    void aBuiltBundleIsStillDownloadedAsAZipFile() {
        when(builder.build(MESSAGE)).thenReturn(Optional.of(new byte[] {'P', 'K'}));

        ResponseEntity<byte[]> answer = pages.evidence(MESSAGE);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).startsWith((byte) 'P', (byte) 'K');
    }

    private static CrossNodeTimeline timelineOfOneEvent() {
        TimelineEntry entry = new TimelineEntry(7, Instant.now(), AuditEventType.values()[0], Optional.empty(),
                Optional.empty(), "system", Optional.empty(), List.of());
        return new CrossNodeTimeline(List.of(new TimelineRow("TH", entry, TimelineRow.RowCheck.THIS_NODE)), List.of());
    }
}
