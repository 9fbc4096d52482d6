package org.blohub.hub.web.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditProperties;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.audit.evidence.EvidenceBundleBuilder;
import org.blohub.hub.audit.evidence.EvidenceNotYetCheckpointedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor's pages (role AUDITOR, GET only, see {@link OversightAccessRules}): the dashboard, the search of the
 * audit log, a message's timeline across both nodes with its conversation and the inclusion proof of a chosen
 * entry of this node, the evidence bundle, and the checkpoint and cosignature state per peer.
 */
@Controller
@RequestMapping("/audit")
class AuditorPages {

    static final int MAX_DASHBOARD_DAYS = 90;
    static final String EVIDENCE_PENDING = "pending";

    private final AuditLog auditLog;
    private final CrossNodeTimelines timelines;
    private final ConversationMessages conversations;
    private final InclusionCheck inclusion;
    private final PeerAuditOverview peerAudit;
    private final TrafficStatistics statistics;
    private final Optional<EvidenceBundleBuilder> evidence;
    private final Duration checkpointInterval;
    private final Clock clock;

    AuditorPages(AuditLog auditLog, CrossNodeTimelines timelines, ConversationMessages conversations,
            InclusionCheck inclusion, PeerAuditOverview peerAudit, TrafficStatistics statistics,
            Optional<EvidenceBundleBuilder> evidence, AuditProperties audit, Clock clock) {
        this.auditLog = auditLog;
        this.timelines = timelines;
        this.conversations = conversations;
        this.inclusion = inclusion;
        this.peerAudit = peerAudit;
        this.statistics = statistics;
        this.evidence = evidence;
        this.checkpointInterval = audit.checkpointInterval();
        this.clock = clock;
    }

    @GetMapping
    String dashboard(@RequestParam(defaultValue = "14") int days, Model model) {
        model.addAttribute("days", dashboardDays(days));
        model.addAttribute("dayChoices", List.of(7, 14, 30, 90));
        return "oversight/audit-dashboard";
    }

    /** The dashboard's figures over the last {@code days} UTC days, today included. */
    @GetMapping("/dashboard/figures")
    @ResponseBody
    DashboardFigures figures(@RequestParam(defaultValue = "14") int days) {
        Instant tomorrow = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return statistics.over(tomorrow.minus(Duration.ofDays(dashboardDays(days))), tomorrow);
    }

    @GetMapping("/events")
    String search(@RequestParam(required = false) String messageId, @RequestParam(required = false) String office,
            @RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String until, @RequestParam(defaultValue = "0") long start,
            Model model, HttpServletResponse response) {
        AuditSearchForm form = new AuditSearchForm(messageId, office, type, from, until, start);
        model.addAttribute("form", form);
        model.addAttribute("eventTypes", AuditEventType.values());
        Optional<AuditSearchForm.Problem> problem = form.problem();
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem.get());
            return "oversight/audit-search";
        }
        if (!form.isEmpty()) {
            List<AuditRecord> events = auditLog.search(form.query());
            model.addAttribute("events", events);
            if (events.size() == AuditSearchForm.PAGE) {
                model.addAttribute("nextStart", events.get(events.size() - 1).index() + 1);
            }
        }
        return "oversight/audit-search";
    }

    @GetMapping("/messages/{messageId}")
    String message(@PathVariable String messageId, @RequestParam Optional<Long> entry,
            @RequestParam Optional<String> evidence, Model model) {
        CrossNodeTimeline timeline = timelines.of(messageId);
        if (timeline.rows().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no audit event of message " + messageId
                    + " on this node");
        }
        model.addAttribute("messageId", messageId);
        model.addAttribute("rows", timeline.rows());
        model.addAttribute("peers", timeline.peers());
        model.addAttribute("conversation", conversations.of(messageId));
        entry.ifPresent(index -> model.addAttribute("verdict", inclusion.check(index)));
        model.addAttribute("evidencePending", evidence.filter(EVIDENCE_PENDING::equals).isPresent());
        model.addAttribute("checkpointSeconds", checkpointInterval.toSeconds());
        return "oversight/audit-message";
    }

    /**
     * The same bundle as {@code /api/audit/messages/{id}/evidence}, for the signed-in auditor's browser; before a
     * checkpoint covers the message, back to its page, which then says when the bundle will be ready.
     */
    @GetMapping(value = "/messages/{messageId}/evidence", produces = "application/zip")
    ResponseEntity<byte[]> evidence(@PathVariable String messageId) {
        try {
            byte[] bundle = evidence.flatMap(builder -> builder.build(messageId)).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + messageId + " on this node"));
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"evidence-" + messageId + ".zip\"")
                    .body(bundle);
        } catch (EvidenceNotYetCheckpointedException e) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                    UriComponentsBuilder.fromPath("/audit/messages/{id}").queryParam("evidence", EVIDENCE_PENDING)
                            .buildAndExpand(messageId).encode().toUriString()).build();
        }
    }

    @GetMapping("/checkpoints")
    String checkpoints(Model model) {
        model.addAttribute("overview", peerAudit.read());
        return "oversight/audit-checkpoints";
    }

    private static int dashboardDays(int days) {
        return Math.min(Math.max(days, 1), MAX_DASHBOARD_DAYS);
    }
}
