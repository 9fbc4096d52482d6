package org.blohub.hub.liaison;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The overdue requests of the caller's office, for its officers and whoever coordinates them: there is no
 * separate coordinator role, every officer of the office sees the office's notices. Auditors read the
 * OVERDUE events in the audit log instead.
 */
@RestController
@RequestMapping("/api/liaison")
@Tag(name = "liaison")
class NoticesController {

    private final DeadlineStore deadlines;
    private final CurrentCaller callers;

    NoticesController(DeadlineStore deadlines, CurrentCaller callers) {
        this.deadlines = deadlines;
        this.callers = callers;
    }

    /** The office's notices. */
    public record NoticesView(String office, List<OverdueNotice> overdue) {
    }

    @Operation(summary = "The caller office's requests that are overdue (unread or unanswered) and not closed by a response")
    @GetMapping("/notices")
    NoticesView notices(Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        if (caller.role() == CallerRole.AUDITOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "auditors read OVERDUE events in the audit log");
        }
        return new NoticesView(caller.office(), deadlines.openNotices(caller.office()));
    }
}
