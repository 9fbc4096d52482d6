package org.blohub.hub.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a REQUEST: one without a reply-by gets its priority's limit, one whose sender
 * set a later reply-by than the limit is refused, an earlier one is kept. The limit counts from the
 * later of creation and submission, so a document that waited in a national system is not refused as
 * overdue on arrival. Other kinds keep what they carry.
 */
@Component
public class ReplyByRule {

    private final ReplyByLimits limits;
    private final Clock clock;

    public ReplyByRule(ReplyByLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The message with its reply-by set when it needs the default. */
    public LiaisonMessage withDefault(LiaisonMessage message) {
        if (message.kind() != MessageKind.REQUEST || message.replyBy().isPresent()) {
            return message;
        }
        return message.toBuilder().replyBy(latestAllowed(message)).build();
    }

    /** A field error when the sender's reply-by is later than its priority allows. */
    public List<FieldError> check(LiaisonMessage message) {
        if (message.kind() != MessageKind.REQUEST || message.replyBy().isEmpty()) {
            return List.of();
        }
        Instant latest = latestAllowed(message);
        if (!message.replyBy().get().isAfter(latest)) {
            return List.of();
        }
        Duration limit = limits.of(message.priority());
        return List.of(new FieldError("replyBy", FieldErrorCode.OUT_OF_RANGE, "A " + message.priority()
                + " request may ask for a reply within " + limit.toString().substring(2).toLowerCase()
                + " at most: set replyBy at or before " + latest + ", or leave it out to get that limit."));
    }

    private Instant latestAllowed(LiaisonMessage message) {
        Instant now = clock.instant();
        Instant base = message.createdAt().isAfter(now) ? message.createdAt() : now;
        return base.plus(limits.of(message.priority()));
    }
}
