package org.blohub.hub.audit.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A message's evidence bundle for auditors, beside the audit API (role AUDITOR, {@code AuditApiSecurity}). */
@RestController
@RequestMapping("/api/audit")
class EvidenceApiController {

    private final EvidenceBundleBuilder evidence;

    EvidenceApiController(EvidenceBundleBuilder evidence) {
        this.evidence = evidence;
    }

    /** The message's evidence bundle (ZIP, docs/audit.md "Evidence bundle"); 409 until a checkpoint covers its events. */
    @GetMapping(value = "/messages/{messageId}/evidence", produces = "application/zip")
    ResponseEntity<byte[]> evidence(@PathVariable String messageId) {
        try {
            byte[] bundle = evidence.build(messageId).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + messageId + " on this node"));
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"evidence-" + messageId + ".zip\"")
                    .body(bundle);
        } catch (EvidenceNotYetCheckpointedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage(), e);
        }
    }
}
