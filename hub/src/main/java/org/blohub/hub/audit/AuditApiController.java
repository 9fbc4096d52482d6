package org.blohub.hub.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The auditor's read-only view of this node's audit log (role AUDITOR, see {@link AuditApiSecurity}):
 * the latest signed checkpoint, the exact leaf bytes, RFC 9162 proofs and a search over the events (a message's
 * evidence bundle: {@code EvidenceApiController}).
 * Formats: docs/audit.md.
 */
@RestController
@RequestMapping("/api/audit")
class AuditApiController {

    static final int MAX_PAGE = 1000;

    private final AuditLog auditLog;
    private final AuditTree tree;
    private final CheckpointStore checkpoints;

    AuditApiController(AuditLog auditLog, AuditTree tree, CheckpointStore checkpoints) {
        this.auditLog = auditLog;
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    /** The latest signed checkpoint note with every cosignature received, as text. */
    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint() {
        return checkpoints.latest()
                .map(checkpoint -> checkpoint.signedNote().encoded())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no checkpoint signed yet"));
    }

    record Entry(long index, String leaf) {
        static Entry of(AuditRecord record) {
            return new Entry(record.index(), Base64.getEncoder().encodeToString(record.leafBytes().toByteArray()));
        }
    }

    /** @param next the start of the following page, absent on the last page */
    record EntryPage(long start, long end, List<Entry> entries, Optional<Long> next) {
    }

    /** Leaves {@code [start, end)}, at most {@value #MAX_PAGE} per page, with their exact bytes in base64. */
    @GetMapping("/entries")
    EntryPage entries(@RequestParam long start, @RequestParam Optional<Long> end) {
        long size = auditLog.size();
        long until = Math.min(end.orElse(size), size);
        if (start < 0 || start > until) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "entries need 0 <= start <= end <= " + size);
        }
        long pageEnd = Math.min(until, start + MAX_PAGE);
        List<Entry> entries = auditLog.read(start, (int) (pageEnd - start)).stream().map(Entry::of).toList();
        return new EntryPage(start, pageEnd, entries, pageEnd < until ? Optional.of(pageEnd) : Optional.empty());
    }

    record InclusionProofView(long index, long treeSize, List<String> path) {
    }

    @GetMapping("/proof/inclusion")
    InclusionProofView inclusionProof(@RequestParam long index, @RequestParam long size) {
        var proof = proofOrBadRequest(() -> tree.inclusionProof(index, size));
        return new InclusionProofView(proof.leafIndex(), proof.treeSize(), base64(proof.path()));
    }

    record ConsistencyProofView(long firstSize, long secondSize, List<String> path) {
    }

    @GetMapping("/proof/consistency")
    ConsistencyProofView consistencyProof(@RequestParam long first, @RequestParam long second) {
        var proof = proofOrBadRequest(() -> tree.consistencyProof(first, second));
        return new ConsistencyProofView(proof.firstSize(), proof.secondSize(), base64(proof.path()));
    }

    record EventView(long index, String leaf, Instant time, AuditEventType type, Optional<String> messageId,
            Optional<String> conversationId, Optional<String> fromOffice, List<String> toOffices, String actor,
            Optional<String> envelopeSha256, Optional<String> reasonCode, Optional<String> remoteAddress,
            Optional<String> action, Optional<String> target) {
        static EventView of(AuditRecord record) {
            var event = record.event();
            return new EventView(record.index(),
                    Base64.getEncoder().encodeToString(record.leafBytes().toByteArray()), event.time(), event.type(),
                    event.messageId(), event.conversationId(), event.fromOffice(), event.toOffices(), event.actor(),
                    event.envelopeSha256(), event.reasonCode(), event.remoteAddress(),
                    event.action(), event.target());
        }
    }

    /** Events by message, conversation, office (sender or recipient), type and time range [from, until). */
    @GetMapping("/events")
    List<EventView> search(@RequestParam Optional<String> messageId, @RequestParam Optional<String> conversationId,
            @RequestParam Optional<String> office, @RequestParam Optional<AuditEventType> type,
            @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> until,
            @RequestParam(defaultValue = "0") long start, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE || start < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1.." + MAX_PAGE
                    + " and start >= 0");
        }
        return auditLog.search(new AuditQuery(messageId, conversationId, office, type, from, until, start, limit))
                .stream().map(EventView::of).toList();
    }

    private static <T> T proofOrBadRequest(Supplier<T> proof) {
        try {
            return proof.get();
        } catch (AuditException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(hash -> Base64.getEncoder().encodeToString(hash)).toList();
    }
}
