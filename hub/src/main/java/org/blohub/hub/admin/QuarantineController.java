package org.blohub.hub.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.QuarantinedMessage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an administrator sees and does with quarantined input: the entries still pending, with their reason and
 * routing metadata but never their bytes, and discarding one with a reason (docs/security.md, "Administrators").
 */
@RestController
@RequestMapping("/api/admin/quarantine")
class QuarantineController {

    private static final int MAX_PAGE = 500;

    private final QuarantineStore quarantine;
    private final QuarantineDiscard discard;

    QuarantineController(QuarantineStore quarantine, QuarantineDiscard discard) {
        this.quarantine = quarantine;
        this.discard = discard;
    }

    /** A pending entry without its content. */
    record QuarantineView(long id, Instant receivedAt, String reasonCode, String reasonText, Optional<String> messageId,
            Optional<String> senderOffice, Optional<String> senderNode, int size) {
        static QuarantineView of(QuarantinedMessage message) {
            var entry = message.entry();
            return new QuarantineView(message.id(), entry.receivedAt(), entry.reasonCode(), entry.reasonText(),
                    entry.messageId(), entry.senderOffice(), entry.senderNode(), entry.rawBytes().size());
        }
    }

    /** The body of a discard request; {@code reason} is mandatory. */
    record DiscardRequest(String reason) {
    }

    @GetMapping
    List<QuarantineView> pending(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "offset must be >= 0 and limit 1.." + MAX_PAGE);
        }
        return quarantine.pending(offset, limit).stream().map(QuarantineView::of).toList();
    }

    @PostMapping("/{id}/discard")
    void discard(@PathVariable long id, @RequestBody(required = false) DiscardRequest request,
            Authentication administrator) {
        DiscardReason reason = reason(request);
        switch (discard.discard(id, reason, administrator.getName())) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no quarantine entry " + id);
            case ALREADY_DISCARDED -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "quarantine entry " + id + " was discarded already");
            case DISCARDED -> { }
        }
    }

    private static DiscardReason reason(DiscardRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a reason is required, one of "
                    + List.of(DiscardReason.values()));
        }
        try {
            return DiscardReason.valueOf(request.reason().strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown reason; use one of "
                    + List.of(DiscardReason.values()), e);
        }
    }
}
