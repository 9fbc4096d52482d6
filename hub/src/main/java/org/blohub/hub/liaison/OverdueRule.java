package org.blohub.hub.liaison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which deadlines an open REQUEST has missed at a given time: UNREAD when no READ receipt came within the
 * unread limit of its priority, UNANSWERED when its reply-by has passed. Each reason is reported only
 * until it is recorded; a RESPONSE closes both (the store then no longer lists the request as open).
 */
@Component
class OverdueRule {

    private final UnreadLimits unreadLimits;

    OverdueRule(UnreadLimits unreadLimits) {
        this.unreadLimits = unreadLimits;
    }

    List<Overdue> missedAt(OpenRequest request, Instant now) {
        List<Overdue> missed = new ArrayList<>(2);
        Instant readBy = request.submittedAt().plus(unreadLimits.of(request.priority()));
        if (!request.unreadRecorded() && request.readAt().isEmpty() && now.isAfter(readBy)) {
            missed.add(overdue(request, OverdueReason.UNREAD, readBy));
        }
        request.replyBy().filter(now::isAfter)
                .ifPresent(replyBy -> missed.add(overdue(request, OverdueReason.UNANSWERED, replyBy)));
        return missed;
    }

    private static Overdue overdue(OpenRequest request, OverdueReason reason, Instant dueAt) {
        return new Overdue(request.messageId(), request.conversationId(), request.office(), reason, dueAt);
    }
}
